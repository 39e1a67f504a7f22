package verticalkb.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An event as the API shows it. {@code start} and {@code end} are ISO 8601 date-times with the offset of the event's
 * own zone ({@code timeZone}, IANA), so they read as local times and are exact instants at once.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(String id, String vertical, String name, String start, String end, String timeZone,
    String venue, String location, Place place, boolean online, String url, List<String> urls, List<String> speakers,
    String organizer, String description, String month, boolean upcoming) {

  /** Where the event is held, resolved to a place. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Place(String name, String region, String country, Double lat, Double lon) {}
}
