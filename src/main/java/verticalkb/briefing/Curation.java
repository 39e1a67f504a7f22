package verticalkb.briefing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An editor's curation of one document in one vertical's week: pinned (in pin order), hidden, annotated. */
@Entity
@Table(name = "briefing_curation")
public class Curation extends PanacheEntityBase {

  @Id
  public String id;

  @Column(name = "vertical_id") public String verticalId;
  @Column(name = "iso_week") public String week;
  @Column(name = "document_id") public String documentId;
  public boolean pinned;
  /** Position among the week's pins (lower first); null when not pinned. */
  @Column(name = "pin_order") public Long pinOrder;
  public boolean hidden;
  public String note;
  @Column(name = "updated_by") public String updatedBy;
  @Column(name = "updated_at") public Instant updatedAt;
}
