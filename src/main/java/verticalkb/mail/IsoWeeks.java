package verticalkb.mail;

import java.time.LocalDate;
import verticalkb.ProblemException;
import verticalkb.briefing.IsoWeek;

/** The weeks a weekly run is asked for, read as the briefings read them ({@link IsoWeek}), and the week it sends by default. */
final class IsoWeeks {

  private IsoWeeks() {}

  /** The week as its canonical name ({@code 2026-W47}); a 400 naming the field when it is not one or the year lacks it. */
  static String parse(String field, String week) {
    return IsoWeek.parse(week).map(IsoWeek::toString)
        .orElseThrow(() -> ProblemException.badRequest(field, "'" + week + "' is not an ISO week; use " + IsoWeek.FORM));
  }

  /** The last complete week before {@code today}: a Monday-morning run sends the briefing of the week just ended. */
  static String lastComplete(LocalDate today) {
    return IsoWeek.of(today).plus(-1).toString();
  }
}
