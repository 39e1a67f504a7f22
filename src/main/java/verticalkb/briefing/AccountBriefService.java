package verticalkb.briefing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import verticalkb.ProblemException;
import verticalkb.briefing.AccountBrief.Account;
import verticalkb.briefing.AccountBrief.News;
import verticalkb.briefing.AccountBrief.TopicCount;
import verticalkb.briefing.Briefing.Meeting;
import verticalkb.briefing.Briefing.Person;
import verticalkb.event.EventDirectory;
import verticalkb.event.EventRecord;
import verticalkb.expert.Expert;
import verticalkb.expert.ExpertDirectory;
import verticalkb.search.SearchRequest;
import verticalkb.search.SearchResult;
import verticalkb.search.SearchService;
import verticalkb.search.Searcher;
import verticalkb.vertical.CatalogueModel;
import verticalkb.vertical.CatalogueModel.Topic;
import verticalkb.vertical.Vertical;

/**
 * Assembles the account brief: the target account from the catalogue (by name or alias), the newest documents of the
 * index that name it (a phrase search on its names, so a company that is not a target account gets a brief too), the
 * experts whose affiliation is the account, the upcoming events that name it or its people, and the topic facets of
 * the documents that mention it.
 */
@ApplicationScoped
class AccountBriefService {

  /** Events that started this long ago are still read, so that a conference under way is not missed. */
  private static final Duration LONGEST_EVENT = Duration.ofDays(31);
  /** Longer than any company name; a longer one is a mistake, not a name. */
  static final int MAX_NAME_CHARS = 200;

  private final SearchService search;
  private final ExpertDirectory experts;
  private final BriefingConfig config;

  AccountBriefService(SearchService search, ExpertDirectory experts, BriefingConfig config) {
    this.search = search;
    this.experts = experts;
    this.config = config;
  }

  AccountBrief brief(String name, String verticalId) {
    if (name == null || name.isBlank()) {
      throw ProblemException.badRequest("name", "give the account's name, e.g. name=Mayo Clinic (vertical is optional)");
    }
    String wanted = name.strip();
    if (wanted.length() > MAX_NAME_CHARS) {
      throw ProblemException.badRequest("name", "is longer than " + MAX_NAME_CHARS + " characters; give the company's usual name");
    }
    List<Vertical> verticals = QuarkusTransaction.joiningExisting().call(() -> verticalId == null || verticalId.isBlank()
        ? Vertical.<Vertical>list("retired = false order by id") : List.of(Weeks.vertical(verticalId.strip())));
    Account account = catalogued(wanted, verticals);
    boolean known = account != null;
    if (!known) account = new Account(wanted, List.of(), List.of(), List.of());
    List<String> names = Stream.concat(Stream.of(account.name()), account.aliases().stream()).distinct().toList();
    String vertical = verticals.size() == 1 ? verticals.getFirst().id : null;
    SearchResult found;
    try {
      found = search.search(new SearchRequest(query(names), vertical, BriefingAssembler.READING_TYPES, List.of(), List.of(), null,
          null, false, null, 0, SearchRequest.Sort.newest, 1, config.accountDocumentLimit(), null, true));
    } catch (ProblemException e) {
      if (e.status() != 400) throw e;
      // The search's complaint is about its q; the person typed a name.
      throw ProblemException.badRequest("name", "'" + wanted + "' has nothing that can be searched (punctuation or words too"
          + " common to be indexed); give the company's name");
    }
    List<News> news = found.hits().stream().map(AccountBriefService::news).toList();
    List<Person> people = people(names, vertical);
    List<Meeting> events = events(names, people, vertical);
    String note = known ? null : "'" + wanted + "' is not a target account in the catalogue (crawlers/*.yaml accounts);"
        + " this brief comes from the documents that mention the name. Add it to a vertical's accounts to have documents tagged with it.";
    return new AccountBrief(account, known, note, news, people, events, topics(found, verticals));
  }

  /** The catalogue's account whose name or alias is {@code name}, with every vertical that targets it; null when none does. */
  private static Account catalogued(String name, List<Vertical> verticals) {
    String key = AccountNames.key(name);
    CatalogueModel.Account first = null;
    List<String> in = new ArrayList<>();
    for (Vertical v : verticals) {
      if (v.accounts == null) continue;
      for (CatalogueModel.Account a : v.accounts) {
        boolean match = AccountNames.key(a.name()).equals(key) || a.aliases().stream().anyMatch(x -> AccountNames.key(x).equals(key));
        if (!match) continue;
        if (first == null) first = a;
        if (AccountNames.key(a.name()).equals(AccountNames.key(first.name())) && !in.contains(v.id)) in.add(v.id);
      }
    }
    return first == null ? null : new Account(first.name(), first.aliases(), first.domains(), in);
  }

  /** The names as phrases joined by OR; quotes inside a name would end its phrase, so they go. */
  static String query(List<String> names) {
    return String.join(" OR ", names.stream().map(n -> "\"" + n.replace("\"", " ").strip() + "\"").toList());
  }

  private static News news(Map<String, Object> hit) {
    Object published = hit.get("published");
    return new News(String.valueOf(hit.get("id")), (String) hit.get("type"), (String) hit.get("title"), (String) hit.get("url"),
        (String) hit.get("source"), published == null ? null : Instant.parse(published.toString()), (String) hit.get("snippet"));
  }

  /** Experts whose affiliation names the account, best first. */
  private List<Person> people(List<String> names, String vertical) {
    return QuarkusTransaction.joiningExisting().call(() -> {
      Set<Expert> matched = new LinkedHashSet<>();
      for (String n : names) {
        String like = "%" + n.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        List<Expert> candidates = vertical == null
            ? Expert.list("hidden = false and lower(affiliation) like ?1 order by score desc, name, id", like)
            : Expert.list("verticalId = ?1 and hidden = false and lower(affiliation) like ?2 order by score desc, name, id", vertical, like);
        for (Expert e : candidates) if (AccountNames.mentions(e.affiliation, names)) matched.add(e);
      }
      return matched.stream().sorted((a, b) -> Double.compare(b.score, a.score)).limit(config.accountPeopleLimit())
          .map(e -> BriefingAssembler.person(experts.view(e, config.evidenceShown(), false))).toList();
    });
  }

  /** Upcoming events whose name, description, organiser, venue or speakers name the account or one of its people. */
  private List<Meeting> events(List<String> names, List<Person> people, String vertical) {
    Instant now = Instant.now();
    List<String> personNames = people.stream().map(Person::name).toList();
    return QuarkusTransaction.joiningExisting().call(() -> {
      Instant since = now.minus(LONGEST_EVENT);
      List<EventRecord> all = vertical == null
          ? EventRecord.list("start >= ?1 order by start, id", since)
          : EventRecord.list("verticalId = ?1 and start >= ?2 order by start, id", vertical, since);
      return all.stream()
          .filter(e -> !(e.end != null ? e.end : e.start).isBefore(now))
          .filter(e -> AccountNames.mentions(String.join("\n", nonNull(e.name, e.description, e.organizer, e.venue, e.speakers)), names)
              || e.speakers != null && Stream.of(e.speakers.split("\n")).anyMatch(s -> AccountNames.mentions(s, personNames)))
          .limit(config.accountPeopleLimit())
          .map(e -> BriefingAssembler.meeting(EventDirectory.view(e, now))).toList();
    });
  }

  private static List<String> nonNull(String... values) {
    return Stream.of(values).filter(v -> v != null).toList();
  }

  /** Topic counts over all documents that mention the account, named from the verticals' taxonomies. */
  private static List<TopicCount> topics(SearchResult found, List<Vertical> verticals) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Vertical v : verticals) if (v.topics != null) for (Topic t : v.topics) names.putIfAbsent(t.id(), t.name());
    return found.facets().getOrDefault(Searcher.TOPIC, Map.of()).entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(e -> new TopicCount(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
  }
}
