package verticalkb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Optional;
import java.util.Set;
import verticalkb.briefing.WeeklyBriefings;

/**
 * Stands in for the real briefing renderer in the mail tests ({@link StandInBriefings} selects it) with recognisable
 * content: every vertical of the catalogue has a briefing of {@value #ITEMS} items, except banking, whose briefing is
 * empty. The other tests, and {@code RealBriefingMailTest}, get the real one.
 */
@Alternative
@ApplicationScoped
public class TestBriefings implements WeeklyBriefings {

  static final int ITEMS = 2;
  static final String EMPTY_VERTICAL = "banking";
  private static final Set<String> KNOWN = Set.of("healthcare", "banking", "government", "automotive");

  @Override
  public Optional<RenderedBriefing> render(String verticalId, String isoWeek) {
    if (!KNOWN.contains(verticalId)) return Optional.empty();
    int items = EMPTY_VERTICAL.equals(verticalId) ? 0 : ITEMS;
    String title = "Test briefing " + verticalId + " " + isoWeek;
    return Optional.of(new RenderedBriefing(verticalId, isoWeek, title,
        "<html><body><h1>" + title + "</h1><p>html part</p></body></html>", title + "\ntext part\n", items, null));
  }

  static String title(String verticalId, String week) {
    return "Test briefing " + verticalId + " " + week;
  }
}
