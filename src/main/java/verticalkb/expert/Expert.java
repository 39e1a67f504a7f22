package verticalkb.expert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An expert record: the merge of its mentions, with the editors' corrections applied. Rebuilt, never edited. */
@Entity
@Table(name = "expert")
public class Expert extends PanacheEntityBase {

  @Id
  public String id;

  @Column(name = "vertical_id") public String verticalId;
  public String name;
  @Column(name = "job_title") public String jobTitle;
  public String affiliation;
  public String location;
  public String region;
  public String country;
  public Double lat;
  public Double lon;
  @Column(name = "profile_url") public String profileUrl;
  /** Topic ids, best first, comma-separated. */
  public String topics;
  public double score;
  @Column(name = "evidence_count") public int evidenceCount;
  @Column(name = "last_seen") public Instant lastSeen;
  public boolean hidden;
  @Column(name = "updated_at") public Instant updatedAt;
}
