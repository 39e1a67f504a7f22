package verticalkb.briefing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import verticalkb.briefing.Briefing.Meeting;
import verticalkb.briefing.Briefing.Person;
import verticalkb.briefing.Briefing.Reading;
import verticalkb.briefing.Briefing.Trend;
import verticalkb.document.Documents;
import verticalkb.document.KbDocument;
import verticalkb.event.EventDirectory;
import verticalkb.event.EventRecord;
import verticalkb.event.EventView;
import verticalkb.expert.Expert;
import verticalkb.expert.ExpertDirectory;
import verticalkb.expert.ExpertView;
import verticalkb.search.SearchRequest;
import verticalkb.search.SearchResult;
import verticalkb.search.SearchService;
import verticalkb.search.Searcher;
import verticalkb.vertical.CatalogueModel.Topic;
import verticalkb.vertical.Source;
import verticalkb.vertical.Vertical;

/**
 * Puts a vertical's week together from what the service already knows: the week's publications ranked by the search
 * index (source authority and recency, as search ranks a query without words), the event directory from the week's
 * Monday on, the experts with fresh evidence, and the topic facets of this week against the weeks before. Curation is
 * applied to the reading list; editions are not this class's business ({@link BriefingService}).
 */
@ApplicationScoped
class BriefingAssembler {

  /** What counts as reading: articles and pages, not the event and expert records the index also holds. */
  static final List<String> READING_TYPES = List.of(KbDocument.Types.PUBLICATION, KbDocument.Types.PAGE);

  private final SearchService search;
  private final Documents documents;
  private final ExpertDirectory experts;
  private final BriefingConfig config;

  BriefingAssembler(SearchService search, Documents documents, ExpertDirectory experts, BriefingConfig config) {
    this.search = search;
    this.documents = documents;
    this.experts = experts;
    this.config = config;
  }

  /** The automatic briefing of {@code week}, with the editor's {@code choices} applied to its reading list. */
  Briefing assemble(Vertical v, IsoWeek week, List<ReadingSelection.Choice> choices) {
    ZoneId zone = config.zone();
    Instant from = week.start(zone);
    Instant to = week.end(zone);
    int hidden = (int) choices.stream().filter(ReadingSelection.Choice::hidden).count();
    SearchResult ranked = search.search(weekOf(v.id, from, to, config.readingLimit() + hidden, true));
    List<Reading> candidates = new ArrayList<>();
    for (Map<String, Object> hit : ranked.hits()) reading(String.valueOf(hit.get("id"))).ifPresent(candidates::add);
    List<Reading> reading = ReadingSelection.select(candidates, choices, this::reading, config.readingLimit());
    List<Trend> topics = trends(v, week, ranked.facets().getOrDefault(Searcher.TOPIC, Map.of()));
    List<Meeting> events = meetings(v.id, from, week.plus(config.eventWeeks()).start(zone));
    List<Person> people = people(v.id, to.minus(Duration.ofDays(config.expertFreshDays())));
    boolean empty = reading.isEmpty() && events.isEmpty() && people.isEmpty() && topics.isEmpty();
    return new Briefing(new Briefing.VerticalRef(v.id, v.name), week.toString(), from, to, zone.getId(), null, null, null,
        reading, events, people, topics, empty, empty ? "Nothing was published, scheduled or found for " + v.id + " in "
            + week + " yet: an empty week, not an error." : null);
  }

  /** Publications and pages of the vertical published in [from, to), ranked; with topic facets when asked. */
  private static SearchRequest weekOf(String vertical, Instant from, Instant to, int size, boolean facets) {
    return new SearchRequest(null, vertical, READING_TYPES, List.of(), List.of(), from, to.minusMillis(1), false, null, 0,
        SearchRequest.Sort.relevance, 1, size, null, facets);
  }

  /** The reading entry of a stored document, or empty when it no longer exists. */
  private Optional<Reading> reading(String id) {
    return documents.get(id).map(d -> new Reading(d.id(), d.title(), d.url(), sourceName(d.source()), d.published(),
        summary(d), d.topics() == null || d.topics().isEmpty() ? null : d.topics(), false, null));
  }

  /** The catalogue's name of a crawled source; an imported document's free source label as it is. */
  private static String sourceName(String sourceId) {
    if (sourceId == null) return null;
    Source s = QuarkusTransaction.joiningExisting().call(() -> Source.<Source>findById(sourceId));
    return s != null && s.name != null ? s.name : sourceId;
  }

  /** The document's summary, or the start of its text cut at a word, at most {@code kb.briefing.summary-chars}. */
  private String summary(KbDocument d) {
    String s = d.summary() != null && !d.summary().isBlank() ? d.summary() : d.text();
    if (s == null || s.isBlank()) return null;
    s = s.strip().replaceAll("\\s+", " ");
    int max = config.summaryChars();
    if (s.length() <= max) return s;
    int cut = s.lastIndexOf(' ', max - 1);
    return s.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }

  private List<Trend> trends(Vertical v, IsoWeek week, Map<String, Long> counts) {
    List<Map<String, Long>> previous = new ArrayList<>();
    for (int i = 1; i <= config.trendWeeks(); i++) {
      IsoWeek w = week.plus(-i);
      SearchResult r = search.search(weekOf(v.id, w.start(config.zone()), w.end(config.zone()), 1, true));
      previous.add(r.facets().getOrDefault(Searcher.TOPIC, Map.of()));
    }
    Map<String, String> names = new LinkedHashMap<>();
    if (v.topics != null) for (Topic t : v.topics) names.put(t.id(), t.name());
    return TopicTrends.of(counts, previous, id -> names.getOrDefault(id, id), config.topicLimit());
  }

  private List<Meeting> meetings(String vertical, Instant from, Instant until) {
    Instant now = Instant.now();
    return QuarkusTransaction.joiningExisting().call(() -> EventRecord.<EventRecord>find(
            "verticalId = ?1 and start >= ?2 and start < ?3 order by start, id", vertical, from, until)
        .page(0, config.eventLimit()).list().stream().map(e -> meeting(EventDirectory.view(e, now))).toList());
  }

  static Meeting meeting(EventView e) {
    return new Meeting(e.id(), e.name(), e.start(), e.end(), e.timeZone(), e.venue(),
        e.location() != null ? e.location() : e.venue(), e.online(), e.url(), e.speakers().isEmpty() ? null : e.speakers());
  }

  private List<Person> people(String vertical, Instant freshSince) {
    return QuarkusTransaction.joiningExisting().call(() -> Expert.<Expert>find(
            "verticalId = ?1 and hidden = false and lastSeen >= ?2 order by score desc, name, id", vertical, freshSince)
        .page(0, config.expertLimit()).list().stream().map(e -> person(experts.view(e, config.evidenceShown(), false))).toList());
  }

  static Person person(ExpertView e) {
    return new Person(e.id(), e.name(), e.jobTitle(), e.affiliation(), e.location(), e.topics().isEmpty() ? null : e.topics(),
        e.score(), e.lastSeen(), e.evidence());
  }
}
