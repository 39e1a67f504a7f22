package verticalkb.briefing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import verticalkb.expert.ExpertView;

/**
 * The briefing of one vertical for one ISO week: the answers to the design's four questions. {@code from} is the week's
 * first instant and {@code to} the first instant after it (Monday 00:00 in {@code zone}). {@code edition} is set when
 * the briefing is a published edition (then {@code title} and {@code intro} are the editor's), null when it was
 * assembled automatically. {@code empty} says that no part has anything; {@code note} says so in words.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Briefing(
    VerticalRef vertical,
    String week,
    Instant from,
    Instant to,
    String zone,
    EditionRef edition,
    String title,
    String intro,
    List<Reading> reading,
    List<Meeting> events,
    List<Person> experts,
    List<Trend> topics,
    boolean empty,
    String note) {

  /** The vertical, by id and name. */
  public record VerticalRef(String id, String name) {}

  /** The published edition a briefing shows. */
  public record EditionRef(String id, int revision, Instant publishedAt) {}

  /** What its leaders read: a publication of the week; {@code pinned} and {@code note} come from the editor. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Reading(String id, String title, String url, String source, Instant published, String summary,
      List<String> topics, boolean pinned, String note) {

    Reading withCuration(boolean pinned, String note) {
      return new Reading(id, title, url, source, published, summary, topics, pinned, note);
    }
  }

  /** Where they meet: an event from the week's start on, shaped as the events directory shows it (times in its own zone). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Meeting(String id, String name, String start, String end, String timeZone, String venue, String location,
      boolean online, String url, List<String> speakers) {}

  /** Who to tap: an expert with fresh evidence, shaped as the experts directory shows one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Person(String id, String name, String jobTitle, String affiliation, String location, List<String> topics,
      double score, Instant lastSeen, List<ExpertView.Evidence> evidence) {}

  /**
   * The agenda: a topic's count of the week's documents, the average of the weeks before ({@code trendWeeks}), and the
   * change between the two.
   */
  public record Trend(String topic, String name, long count, double previousAverage, double change) {}

  /** How many entries the briefing holds over all four parts. */
  public int items() {
    return reading.size() + events.size() + experts.size() + topics.size();
  }

  /** This briefing as the given edition shows it. */
  Briefing asEdition(EditionRef ref, String title, String intro) {
    return new Briefing(vertical, week, from, to, zone, ref, title, intro, reading, events, experts, topics, empty, note);
  }
}
