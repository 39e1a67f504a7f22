package verticalkb.vertical;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a source is, which decides how the crawler reads it and how often by default. */
public enum SourceKind {
  /** An RSS or Atom feed of a publication. */
  FEED(Duration.ofHours(1)),
  /** An XML sitemap (or sitemap index) of a publication. */
  SITEMAP(Duration.ofDays(1)),
  /** A web site crawled by following links within its scope. */
  SITE(Duration.ofDays(7)),
  /** An iCalendar feed or an event listing page. */
  EVENTS(Duration.ofDays(1)),
  /** A directory of people: speakers, boards, faculty. */
  EXPERTS(Duration.ofDays(7));

  private final Duration defaultSchedule;

  SourceKind(Duration defaultSchedule) {
    this.defaultSchedule = defaultSchedule;
  }

  public Duration defaultSchedule() {
    return defaultSchedule;
  }

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with that wire name, or null. */
  @JsonCreator
  public static SourceKind parse(String name) {
    if (name == null) return null;
    for (SourceKind k : values()) {
      if (k.wireName().equals(name.trim().toLowerCase(Locale.ROOT))) return k;
    }
    return null;
  }

  public static String allowedNames() {
    return Arrays.stream(values()).map(SourceKind::wireName).collect(Collectors.joining(", "));
  }
}
