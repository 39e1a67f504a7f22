package verticalkb.expert;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import verticalkb.extract.Extraction;
import verticalkb.extract.Extraction.EventMention;
import verticalkb.extract.Extraction.PersonMention;
import verticalkb.extract.ExtractionListener;
import verticalkb.places.Areas;
import verticalkb.places.PlaceLookup;
import verticalkb.places.PlaceLookup.ResolvedPlace;
import verticalkb.vertical.CatalogueModel.Topic;
import verticalkb.vertical.Vertical;

/**
 * Records the people a page names (authors, speakers of its events, people quoted or listed) as evidence for the
 * vertical's expert directory. Never throws: a page that cannot be recorded is logged and skipped.
 */
@ApplicationScoped
public class ExpertListener implements ExtractionListener {

  private static final Logger LOG = Logger.getLogger(ExpertListener.class);
  /** A person's name has at least a given name and a surname; one word is a handle or a label, not a person. */
  private static final int MIN_NAME_WORDS = 2;
  /** Longer "names" are sentences or titles the extractor mistook for a name. */
  private static final int MAX_NAME_WORDS = 6;
  static final String DEFAULT_ROLE = "mentioned";

  private final ExpertDirectory directory;
  private final ExpertsConfig config;
  private final PlaceLookup places;
  private final Areas areas;
  private final Map<String, Cached> contexts = new ConcurrentHashMap<>();

  ExpertListener(ExpertDirectory directory, ExpertsConfig config, PlaceLookup places, Areas areas) {
    this.directory = directory;
    this.config = config;
    this.places = places;
    this.areas = areas;
  }

  @Override
  public void extracted(ExtractedPage page) {
    try {
      if (!relevant(page)) return;
      List<Mention> mentions = mentions(page, context(page.verticalId()));
      if (!mentions.isEmpty()) directory.record(page.verticalId(), mentions);
    } catch (RuntimeException e) {
      LOG.warnf(e, "experts: people of %s not recorded", page.url());
    }
  }

  /** The whole batch's mentions in one {@link ExpertDirectory#record} per vertical; throws if that fails. */
  @Override
  public void extractedAll(List<ExtractedPage> pages) {
    Map<String, Optional<Context>> contexts = new HashMap<>();
    Map<String, List<Mention>> byVertical = new LinkedHashMap<>();
    for (ExtractedPage page : pages) {
      if (!relevant(page)) continue;
      Optional<Context> ctx = contexts.computeIfAbsent(page.verticalId(), v -> Optional.ofNullable(context(v)));
      byVertical.computeIfAbsent(page.verticalId(), v -> new ArrayList<>()).addAll(mentions(page, ctx.orElse(null)));
    }
    for (Map.Entry<String, List<Mention>> e : byVertical.entrySet()) directory.record(e.getKey(), e.getValue());
  }

  private static boolean relevant(ExtractedPage page) {
    return page.verticalId() != null && page.extraction() != null && page.documentIds() != null && !page.documentIds().isEmpty();
  }

  private record Context(Vertical vertical, List<Topic> topics, List<String> hints) {}

  private record Cached(Instant readAt, Context context) {}

  /** The vertical's context, read at most once per {@code kb.experts.catalogue-cache-ttl}; null for no such vertical. */
  private Context context(String verticalId) {
    Instant now = Instant.now();
    Cached c = contexts.get(verticalId);
    if (c != null && c.readAt().plus(config.catalogueCacheTtl()).isAfter(now)) return c.context();
    Context read = QuarkusTransaction.requiringNew().call(() -> {
      Vertical v = Vertical.findById(verticalId);
      return v == null ? null : new Context(v, v.topics == null ? List.of() : List.copyOf(v.topics), areas.countryHints(v));
    });
    // An unknown vertical is not remembered: it may be created in a moment, and its pages must not wait for the TTL.
    if (read != null) contexts.put(verticalId, new Cached(now, read));
    return read;
  }

  private List<Mention> mentions(ExtractedPage page, Context ctx) {
    Extraction x = page.extraction();
    if (ctx == null) return List.of();
    String docId = page.documentIds().get(0);
    Instant pageDate = x.published() != null ? x.published() : page.fetchedAt();
    String pageTopics = TopicWeights.encode(TopicWeights.of(ctx.topics(), x.title(), x.text(), config.titleWeight(),
        config.topicTextChars()));
    Map<String, Mention> byKey = new LinkedHashMap<>();
    for (PersonMention p : x.people() == null ? List.<PersonMention>of() : x.people()) {
      add(byKey, p, role(p.role()), page, docId, pageDate, x.title(), pageTopics, ctx.hints());
    }
    for (String author : x.authors() == null ? List.<String>of() : x.authors()) {
      add(byKey, new PersonMention(author, null, null, null, null, "author"), "author", page, docId, pageDate, x.title(),
          pageTopics, ctx.hints());
    }
    for (EventMention ev : x.events() == null ? List.<EventMention>of() : x.events()) {
      if (ev.speakers() == null) continue;
      String eventTopics = TopicWeights.encode(TopicWeights.of(ctx.topics(), ev.name(), ev.description(),
          config.titleWeight(), config.topicTextChars()));
      Instant when = ev.start() != null ? ev.start() : pageDate;
      for (PersonMention s : ev.speakers()) {
        add(byKey, s, "speaker", page, docId, when, ev.name() != null ? ev.name() : x.title(),
            eventTopics.isEmpty() ? pageTopics : eventTopics, ctx.hints());
      }
    }
    return new ArrayList<>(byKey.values());
  }

  private void add(Map<String, Mention> byKey, PersonMention p, String role, ExtractedPage page, String docId,
      Instant date, String title, String topics, List<String> hints) {
    String key = PersonNames.personKey(p.name());
    int words = key.isEmpty() ? 0 : key.split(" ").length;
    if (words < MIN_NAME_WORDS || words > MAX_NAME_WORDS) return;
    Mention m = byKey.get(key + "|" + role);
    if (m == null) {
      m = new Mention();
      m.verticalId = page.verticalId();
      m.documentId = docId;
      m.url = page.url() == null ? null : page.url().toString();
      m.sourceId = page.sourceId();
      m.role = role;
      m.authority = page.authority();
      m.name = p.name().strip();
      m.nameKey = key;
      m.seenAt = page.fetchedAt() != null ? page.fetchedAt() : Instant.now();
      byKey.put(key + "|" + role, m);
    }
    // A richer mention of the same person in the same role (the people list and the byline) fills the gaps.
    m.date = m.date != null ? m.date : date;
    m.title = m.title != null ? m.title : title;
    m.topics = m.topics != null && !m.topics.isEmpty() ? m.topics : topics;
    if (p.jobTitle() != null && m.jobTitle == null) m.jobTitle = p.jobTitle().strip();
    if (p.affiliation() != null && !PersonNames.orgKey(p.affiliation()).isEmpty() && m.affiliation == null) {
      m.affiliation = p.affiliation().strip();
      m.affiliationKey = PersonNames.orgKey(p.affiliation());
    }
    if (p.profileUrl() != null && m.profileUrl == null) m.profileUrl = p.profileUrl().toString();
    if (p.location() != null && !p.location().isBlank() && m.location == null) {
      m.location = p.location().strip();
      Optional<ResolvedPlace> place = places.resolve(m.location, hints);
      place.ifPresent(r -> {
        Mention target = byKey.get(key + "|" + role);
        target.placeName = r.name();
        target.region = r.region();
        target.country = r.country();
        target.lat = r.lat();
        target.lon = r.lon();
      });
    }
  }

  static String role(String role) {
    if (role == null || role.isBlank()) return DEFAULT_ROLE;
    String r = role.strip().toLowerCase(Locale.ROOT);
    return ExpertScore.ROLES.contains(r) ? r : DEFAULT_ROLE;
  }
}
