package verticalkb.expert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One person named on one page in one role: a piece of evidence, kept as seen; {@code expertId} is derived. */
@Entity
@Table(name = "person_mention")
public class Mention extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "vertical_id") public String verticalId;
  @Column(name = "document_id") public String documentId;
  public String url;
  @Column(name = "source_id") public String sourceId;
  public String title;
  public String role;
  @Column(name = "mention_date") public Instant date;
  public double authority;
  public String name;
  @Column(name = "name_key") public String nameKey;
  @Column(name = "job_title") public String jobTitle;
  public String affiliation;
  @Column(name = "affiliation_key") public String affiliationKey;
  public String location;
  @Column(name = "place_name") public String placeName;
  public String region;
  public String country;
  public Double lat;
  public Double lon;
  @Column(name = "profile_url") public String profileUrl;
  /** Topic weights of the evidence, "topicId:weight,..." (see {@link TopicWeights}). */
  public String topics;
  @Column(name = "expert_id") public String expertId;
  @Column(name = "seen_at") public Instant seenAt;

  /** Nanoseconds in a microsecond: the precision of {@code timestamp with time zone} in H2 and PostgreSQL. */
  private static final int NANOS_PER_MICRO = 1000;

  /**
   * Rounds the times to what the database keeps (microseconds, half up, as H2 and PostgreSQL both round), so that a
   * mention attributed before it is written is the same as one read back after.
   */
  void roundTimesAsStored() {
    date = toMicros(date);
    seenAt = toMicros(seenAt);
  }

  private static Instant toMicros(Instant t) {
    if (t == null) return null;
    Instant down = t.truncatedTo(ChronoUnit.MICROS);
    return t.getNano() % NANOS_PER_MICRO >= NANOS_PER_MICRO / 2 ? down.plus(1, ChronoUnit.MICROS) : down;
  }
}
