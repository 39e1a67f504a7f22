package verticalkb.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event of a vertical, merged from its sightings on one or more sites. Rebuilt, never edited. */
@Entity
@Table(name = "kb_event")
public class EventRecord extends PanacheEntityBase {

  @Id
  public String id;

  @Column(name = "vertical_id") public String verticalId;
  public String name;
  @Column(name = "start_at") public Instant start;
  @Column(name = "end_at") public Instant end;
  @Column(name = "time_zone") public String timeZone;
  public String venue;
  @Column(name = "place_name") public String placeName;
  public String region;
  public String country;
  public Double lat;
  public Double lon;
  public boolean online;
  public String url;
  /** Every page that lists the event, one a line. */
  public String urls;
  public String organizer;
  /** Speaker names, one a line. */
  public String speakers;
  public String description;
  @Column(name = "updated_at") public Instant updatedAt;
}
