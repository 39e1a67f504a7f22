package verticalkb.event;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One page's listing of an event, kept as seen; {@code eventId} is the de-duplicated event it belongs to. */
@Entity
@Table(name = "event_mention")
public class Sighting extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "vertical_id") public String verticalId;
  @Column(name = "document_id") public String documentId;
  public String url;
  @Column(name = "source_id") public String sourceId;
  public double authority;
  public String name;
  @Column(name = "name_key") public String nameKey;
  /** The start's calendar day in the event's zone (UTC where none is known), yyyy-MM-dd. */
  @Column(name = "day_key") public String dayKey;
  /** Where it happens, normalised: a place name, "online", or null when the page does not say. */
  @Column(name = "place_key") public String placeKey;
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
  public String organizer;
  /** Speaker names, one a line. */
  public String speakers;
  public String description;
  @Column(name = "event_id") public String eventId;
  @Column(name = "seen_at") public Instant seenAt;
}
