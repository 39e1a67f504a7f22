package verticalkb.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verticalkb.extract.Extraction.EventMention;
import verticalkb.extract.Extraction.PersonMention;

/**
 * Turns schema.org items (see {@link StructuredData}) into event and person mentions: {@code Event} and its
 * subtypes with place, address, coordinates, attendance mode, organizer and performers; {@code Person} with job
 * title, affiliation, location and profile URL. Stateless.
 */
final class SchemaMentions {

  static final String ROLE_AUTHOR = "author";
  static final String ROLE_SPEAKER = "speaker";
  static final String ROLE_LISTED = "listed";
  static final String ROLE_QUOTED = "quoted";

  private static final Pattern OFFSET = Pattern.compile("([+-]\\d{2}:?\\d{2}|Z)$");
  private static final int MAX_MENTIONS = 500;

  private SchemaMentions() {}

  static boolean isEvent(String type) {
    return type.equals("Event") || type.endsWith("Event") && !type.equals("ScheduleEvent");
  }

  static boolean isArticle(String type) {
    return type.endsWith("Article") || type.equals("BlogPosting") || type.equals("LiveBlogPosting")
        || type.equals("Report") || type.equals("SocialMediaPosting") || type.equals("ReportageNewsArticle");
  }

  static boolean isPersonLike(JsonNode n) {
    List<String> types = StructuredData.types(n);
    return types.isEmpty() || types.contains("Person");
  }

  // ---- events -----------------------------------------------------------------------------------------------

  static List<EventMention> events(List<? extends JsonNode> items, URI base) {
    List<EventMention> out = new ArrayList<>();
    for (JsonNode item : items) {
      collectEvents(item, null, base, out, 0);
      if (out.size() >= MAX_MENTIONS) break;
    }
    return dedupeEvents(out);
  }

  /** Events may sit at the top or inside another item (an Organization's {@code event}, an ItemList's elements). */
  private static void collectEvents(JsonNode item, String parentName, URI base, List<EventMention> out, int depth) {
    if (!item.isObject() || depth > 3 || out.size() >= MAX_MENTIONS) return;
    if (StructuredData.isType(item, SchemaMentions::isEvent)) {
      EventMention e = event(item, parentName, base);
      if (e != null) out.add(e);
      return;
    }
    for (String prop : List.of("event", "events", "subEvent", "itemListElement", "item", "mainEntity")) {
      for (JsonNode child : StructuredData.all(item, prop)) {
        collectEvents(child, clean(StructuredData.text(item, "name")), base, out, depth + 1);
      }
    }
  }

  private static List<EventMention> dedupeEvents(List<EventMention> events) {
    Map<String, EventMention> byKey = new LinkedHashMap<>();
    for (EventMention e : events) byKey.putIfAbsent(e.name() + "|" + e.start() + "|" + e.url(), e);
    return new ArrayList<>(byKey.values());
  }

  /**
   * An event item as a mention. An event without a name of its own (a band's tour dates) is named after the item
   * it is listed under and its place: "Foo Fighters at Memphis, TN".
   */
  static EventMention event(JsonNode item, String parentName, URI base) {
    String name = clean(StructuredData.text(item, "name"));
    if (name == null && parentName != null) {
      String place = clean(StructuredData.text(item, "location"));
      name = place == null ? parentName : parentName + " at " + place;
    }
    if (name == null) return null;
    String startText = StructuredData.text(item, "startDate");
    Instant start = Dates.parse(startText);
    Instant end = Dates.parse(StructuredData.text(item, "endDate"));
    String zone = zoneOf(startText);
    String venue = null, city = null, region = null, country = null;
    Double lat = null, lon = null;
    Boolean online = attendance(StructuredData.text(item, "eventAttendanceMode"));
    for (JsonNode loc : StructuredData.all(item, "location")) {
      if (loc.isTextual()) {
        if (venue == null) venue = clean(loc.asText());
        continue;
      }
      if (StructuredData.isType(loc, t -> t.equals("VirtualLocation"))) {
        if (online == null || !online) online = Boolean.TRUE;
        continue;
      }
      if (venue == null) venue = clean(StructuredData.text(loc, "name"));
      JsonNode address = loc.get("address");
      if (address != null) {
        if (address.isTextual()) {
          if (city == null) city = clean(address.asText());
        } else {
          if (city == null) city = clean(StructuredData.text(address, "addressLocality"));
          if (region == null) region = clean(StructuredData.text(address, "addressRegion"));
          if (country == null) country = clean(StructuredData.text(address, "addressCountry"));
        }
      }
      JsonNode geo = loc.get("geo");
      if (geo != null && lat == null) {
        lat = number(StructuredData.text(geo, "latitude"));
        lon = number(StructuredData.text(geo, "longitude"));
      }
    }
    if (online == null && venue == null && city == null && isOnlineUrl(item)) online = Boolean.TRUE;
    String organizer = clean(StructuredData.text(item, "organizer"));
    List<PersonMention> speakers = new ArrayList<>();
    for (String prop : List.of("performer", "performers", "speaker", "speakers", "actor", "actors")) {
      for (JsonNode p : StructuredData.all(item, prop)) {
        // An orchestra or a company performing is not a speaker, and would become an "expert" downstream.
        if (!isPersonLike(p)) continue;
        PersonMention m = person(p, ROLE_SPEAKER, base);
        if (m != null && speakers.stream().noneMatch(s -> s.name().equals(m.name()))) speakers.add(m);
      }
    }
    return new EventMention(name, start, end, zone, venue, city, region, country, lat, lon, online, organizer,
        speakers, uri(StructuredData.text(item, "url"), base), clean(StructuredData.text(item, "description")));
  }

  private static boolean isOnlineUrl(JsonNode item) {
    return item.has("location") && StructuredData.all(item, "location").stream()
        .anyMatch(l -> l.isTextual() && l.asText().startsWith("http"));
  }

  private static Boolean attendance(String mode) {
    if (mode == null) return null;
    String m = mode.toLowerCase(Locale.ROOT);
    if (m.contains("online") || m.contains("mixed")) return Boolean.TRUE;
    if (m.contains("offline")) return Boolean.FALSE;
    return null;
  }

  /** The zone of a written date: its offset ({@code +02:00}, {@code Z} as UTC), or null when the date names none. */
  static String zoneOf(String date) {
    if (date == null) return null;
    Matcher m = OFFSET.matcher(date.strip());
    if (!m.find()) return null;
    String o = m.group(1);
    if (o.equals("Z")) return "UTC";
    try {
      return ZoneOffset.of(o.length() == 5 ? o.substring(0, 3) + ":" + o.substring(3) : o).getId();
    } catch (RuntimeException e) {
      return null;
    }
  }

  // ---- people -----------------------------------------------------------------------------------------------

  /** People of the items: top-level Persons (listed), authors of articles, speakers and performers of events. */
  static List<PersonMention> people(List<? extends JsonNode> items, URI base) {
    List<PersonMention> out = new ArrayList<>();
    for (JsonNode item : items) {
      if (out.size() >= MAX_MENTIONS) break;
      List<String> types = StructuredData.types(item);
      if (types.contains("Person")) {
        add(out, person(item, ROLE_LISTED, base));
      } else if (types.stream().anyMatch(SchemaMentions::isArticle) || types.contains("WebPage")
          || types.contains("CreativeWork")) {
        for (JsonNode a : StructuredData.all(item, "author")) {
          if (isPersonLike(a)) add(out, person(a, ROLE_AUTHOR, base));
        }
      } else if (types.stream().anyMatch(SchemaMentions::isEvent)) {
        for (String prop : List.of("performer", "performers", "speaker", "speakers", "actor", "actors")) {
          for (JsonNode p : StructuredData.all(item, prop)) {
            if (isPersonLike(p)) add(out, person(p, ROLE_SPEAKER, base));
          }
        }
      }
      for (JsonNode member : StructuredData.all(item, "employee")) add(out, person(member, ROLE_LISTED, base));
      for (JsonNode member : StructuredData.all(item, "member")) {
        if (StructuredData.types(member).contains("Person")) add(out, person(member, ROLE_LISTED, base));
      }
    }
    return out;
  }

  static void add(List<PersonMention> out, PersonMention m) {
    if (m == null) return;
    for (int i = 0; i < out.size(); i++) {
      PersonMention o = out.get(i);
      if (o.name().equalsIgnoreCase(m.name()) && o.role().equals(m.role())) {
        out.set(i, merge(o, m));
        return;
      }
    }
    out.add(m);
  }

  private static PersonMention merge(PersonMention a, PersonMention b) {
    return new PersonMention(a.name(), first(a.jobTitle(), b.jobTitle()), first(a.affiliation(), b.affiliation()),
        first(a.location(), b.location()), a.profileUrl() != null ? a.profileUrl() : b.profileUrl(), a.role());
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  /** A person from a Person item or a plain name. */
  static PersonMention person(JsonNode p, String role, URI base) {
    if (p == null) return null;
    if (p.isTextual()) {
      String name = withoutLeadIn(clean(p.asText()));
      return plausibleName(name) ? new PersonMention(name, null, null, null, null, role) : null;
    }
    if (!p.isObject()) return null;
    String name = withoutLeadIn(clean(StructuredData.text(p, "name")));
    if (name == null) {
      String given = StructuredData.text(p, "givenName");
      String family = StructuredData.text(p, "familyName");
      if (given != null || family != null) name = clean((given == null ? "" : given) + " " + (family == null ? "" : family));
    }
    if (!plausibleName(name)) return null;
    String affiliation = clean(StructuredData.text(p, "worksFor"));
    if (affiliation == null) affiliation = clean(StructuredData.text(p, "affiliation"));
    if (affiliation == null) affiliation = clean(StructuredData.text(p, "memberOf"));
    String location = location(p.get("address"));
    if (location == null) location = location(p.get("homeLocation"));
    if (location == null) location = location(p.get("workLocation"));
    String url = StructuredData.text(p, "url");
    if (url == null) url = StructuredData.text(p, "sameAs");
    if (url == null && p.has("@id") && p.get("@id").asText().startsWith("http")) url = p.get("@id").asText();
    return new PersonMention(name, clean(StructuredData.text(p, "jobTitle")), affiliation, location, uri(url, base), role);
  }

  private static String location(JsonNode v) {
    if (v == null || v.isNull()) return null;
    if (v.isTextual()) return clean(v.asText());
    if (v.isArray()) return v.isEmpty() ? null : location(v.get(0));
    JsonNode address = v.has("address") ? v.get("address") : v;
    if (address.isTextual()) return clean(address.asText());
    List<String> parts = new ArrayList<>();
    for (String prop : List.of("addressLocality", "addressRegion", "addressCountry")) {
      String s = clean(StructuredData.text(address, prop));
      if (s != null && !parts.contains(s)) parts.add(s);
    }
    if (parts.isEmpty()) return clean(StructuredData.text(v, "name"));
    return String.join(", ", parts);
  }

  /** One token with a file or domain ending ("humans.txt", "example.com"): a link target, not a name. */
  private static final Pattern FILE_OR_DOMAIN = Pattern.compile(
      "(?i)[\\w.-]+\\.(txt|html?|php|aspx?|xml|json|com|org|net)|\\S*/\\S*");
  /** Content-management accounts that stand where no person signed the page. */
  private static final Set<String> ACCOUNT_NAMES = Set.of("admin", "administrator", "webmaster",
      "root", "guest", "user", "editor", "staff");

  /** What stands before a name in bylines and author boxes, in several languages ("By", "Text:", "Sobre"). */
  private static final Pattern LEAD_IN = Pattern.compile(
      "^((written |posted )?by|von|par|por|di|door|av|af|sobre|text:|texto:|текст:|автор:|author:|autor:)\\s+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The name without a byline's lead-in; structured data carries them too ("Текст: Венера Ерофеева"). */
  static String withoutLeadIn(String name) {
    return name == null ? null : LEAD_IN.matcher(name).replaceFirst("");
  }

  /** A person's name is a few words of letters, not a sentence, a URL or an e-mail address. */
  static boolean plausibleName(String name) {
    if (name == null || name.length() < 3 || name.length() > 80) return false;
    if (name.contains("@") || name.contains("://") || name.startsWith("www.")) return false;
    if (FILE_OR_DOMAIN.matcher(name).matches() || ACCOUNT_NAMES.contains(name.toLowerCase(Locale.ROOT))) return false;
    int words = name.split("\\s+").length;
    return words <= 6 && name.chars().anyMatch(Character::isLetter);
  }

  static String clean(String s) {
    if (s == null) return null;
    String t = s.replaceAll("\\s+", " ").strip();
    if (t.indexOf('<') >= 0 && t.indexOf('>') > t.indexOf('<')) {
      t = org.jsoup.Jsoup.parse(t).text(); // markup: its text, entities decoded
    } else if (t.indexOf('&') >= 0) {
      // Structured data is JSON, not HTML, yet CMSs write entities into it ("&#8216;Title&#8217;", "AT&amp;T");
      // decoded, "&lt;blink&gt;" is the text "<blink>", not a tag to drop.
      t = org.jsoup.parser.Parser.unescapeEntities(t, false);
    }
    return t.isEmpty() ? null : t;
  }

  static Double number(String s) {
    if (s == null) return null;
    try {
      double d = Double.parseDouble(s.strip().replace(',', '.'));
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static URI uri(String s, URI base) {
    if (s == null || s.isBlank()) return null;
    try {
      URI u = new URI(s.strip().replace(" ", "%20"));
      if (base != null && !u.isAbsolute()) u = base.resolve(u);
      String scheme = u.getScheme();
      return scheme != null && (scheme.equals("http") || scheme.equals("https")) ? u : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
