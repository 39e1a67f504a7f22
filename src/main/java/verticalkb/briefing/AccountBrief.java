package verticalkb.briefing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import verticalkb.briefing.Briefing.Meeting;
import verticalkb.briefing.Briefing.Person;

/**
 * What a salesperson reads before an account meeting: the account as the catalogue knows it, what is new about it,
 * its people, where they will be, and the topics it comes up with. {@code note} explains a name that is not a target
 * account (the brief then comes from the index alone).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountBrief(Account account, boolean inCatalogue, String note, List<News> news, List<Person> people,
    List<Meeting> events, List<TopicCount> topics) {

  /** The account: its usual name, other names, web domains, and the verticals that target it. */
  public record Account(String name, List<String> aliases, List<String> domains, List<String> verticals) {}

  /**
   * A recent document mentioning the account. {@code snippet} is HTML as search returns it: text escaped, the
   * account's name in {@code <mark>}.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record News(String id, String type, String title, String url, String source, Instant published, String snippet) {}

  /** How many of the documents that mention the account carry a topic. */
  public record TopicCount(String topic, String name, long count) {}
}
