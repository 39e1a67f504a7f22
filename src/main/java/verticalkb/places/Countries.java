package verticalkb.places;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ISO 3166-1 alpha-2 codes by English country name (from the JDK's locale data) and the common short forms. */
final class Countries {

  private static final Map<String, String> BY_NAME = new HashMap<>();

  static {
    for (String code : Locale.getISOCountries()) {
      BY_NAME.put(Names.key(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
    }
    // Names people write that the JDK's display names do not cover.
    String[][] aliases = {
        {"usa", "US"}, {"u s a", "US"}, {"u s", "US"}, {"united states of america", "US"}, {"america", "US"},
        {"uk", "GB"}, {"u k", "GB"}, {"great britain", "GB"}, {"britain", "GB"}, {"england", "GB"},
        {"scotland", "GB"}, {"wales", "GB"}, {"northern ireland", "GB"}, {"republic of ireland", "IE"},
        {"eire", "IE"}, {"holland", "NL"}, {"the netherlands", "NL"}, {"south korea", "KR"}, {"korea", "KR"},
        {"russia", "RU"}, {"uae", "AE"}, {"czech republic", "CZ"}, {"vietnam", "VN"}, {"turkey", "TR"},
        {"deutschland", "DE"}, {"espana", "ES"}, {"italia", "IT"}, {"schweiz", "CH"}, {"suisse", "CH"},
        {"osterreich", "AT"}};
    for (String[] a : aliases) BY_NAME.put(a[0], a[1]);
  }

  private Countries() {}

  /** The code for a country name or a code itself ("Ireland", "ie", "USA"); empty when it is no country. */
  static Optional<String> code(String text) {
    String k = Names.key(text);
    if (k.length() == 2) {
      String upper = k.toUpperCase(Locale.ROOT);
      return BY_NAME.containsValue(upper) ? Optional.of(upper) : Optional.empty();
    }
    return Optional.ofNullable(BY_NAME.get(k));
  }

  /** Whether the text is a country written out in words (not a two-letter code, which may also be a state). */
  static boolean isCountryName(String text) {
    String k = Names.key(text);
    return k.length() > 2 && BY_NAME.containsKey(k);
  }

  static String name(String code) {
    return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
  }
}
