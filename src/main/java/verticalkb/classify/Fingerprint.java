package verticalkb.classify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The duplicate-detection fingerprint of one stored document (table {@code fingerprint}, migration V4). */
@Entity
@Table(name = "fingerprint")
public class Fingerprint extends PanacheEntityBase {

  @Id
  @Column(name = "document_id")
  public String documentId;

  public Long simhash;
  public Integer band0;
  public Integer band1;
  public Integer band2;
  public Integer band3;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "canonical_url")
  public String canonicalUrl;

  @Column(name = "source_id")
  public String sourceId;

  /** The id of the cluster's first document: every copy of one story carries it. */
  @Column(name = "cluster_id")
  public String clusterId;

  @Column(name = "created_at")
  public Instant createdAt;
}
