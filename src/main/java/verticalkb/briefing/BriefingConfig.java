package verticalkb.briefing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** The {@code kb.briefing.*} settings: the zone weeks are cut in, and how much each part of a briefing and account brief shows. */
@ConfigMapping(prefix = "kb.briefing")
public interface BriefingConfig {

  /** The zone whose Monday 00:00 starts a week (a document published Sunday 23:59 there is in that week). */
  @WithDefault("UTC")
  ZoneId zone();

  /** Most publications in "what its leaders read" (pinned ones included). */
  @WithDefault("10")
  int readingLimit();

  /** Events starting from the week's Monday through this many weeks are "where they meet". */
  @WithDefault("8")
  int eventWeeks();

  /** Most events shown. */
  @WithDefault("10")
  int eventLimit();

  /** Most experts shown in "who to tap". */
  @WithDefault("5")
  int expertLimit();

  /** An expert's evidence is fresh when seen within this many days before the week's end. */
  @WithDefault("90")
  int expertFreshDays();

  /** Pieces of evidence shown per expert. */
  @WithDefault("3")
  int evidenceShown();

  /** The week's topic counts are compared with the average of this many weeks before it. */
  @WithDefault("4")
  int trendWeeks();

  /** Most topics in the agenda. */
  @WithDefault("8")
  int topicLimit();

  /** Characters of a publication's text shown as its summary when it has no snippet. */
  @WithDefault("240")
  int summaryChars();

  /** Most documents in an account brief's "what is new". */
  @WithDefault("10")
  int accountDocumentLimit();

  /** Most people and events in an account brief. */
  @WithDefault("10")
  int accountPeopleLimit();
}
