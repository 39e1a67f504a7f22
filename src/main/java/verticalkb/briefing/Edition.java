package verticalkb.briefing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A published edition: the briefing of a vertical's week frozen as JSON when an editor published it. Never changed. */
@Entity
@Table(name = "briefing_edition")
public class Edition extends PanacheEntityBase {

  @Id
  public String id;

  @Column(name = "vertical_id") public String verticalId;
  @Column(name = "iso_week") public String week;
  /** 1 for the week's first edition; each republication adds one, and the highest is the one that counts. */
  public int revision;
  public String title;
  public String intro;
  @Column(name = "published_at") public Instant publishedAt;
  @Column(name = "published_by") public String publishedBy;
  /** The {@link Briefing} as JSON. */
  public String body;
}
