package verticalkb.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document as the database keeps it: the JSON of a {@link KbDocument} plus columns to find it by. */
@Entity
@Table(name = "document")
public class StoredDocument extends PanacheEntityBase {

  @Id
  public String id;

  public String url;

  public String type;

  public String title;

  @Column(name = "source_id")
  public String sourceId;

  public Instant published;

  @Column(name = "content_hash")
  public String contentHash;

  /** The whole document as JSON. */
  public String body;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
