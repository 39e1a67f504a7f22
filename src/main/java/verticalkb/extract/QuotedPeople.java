package verticalkb.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import verticalkb.extract.Extraction.PersonMention;

/**
 * People quoted in an article's main text ("…," said Jane Doe, chief executive of Acme; according to Dr John Smith,
 * director at X), with the job title and affiliation the sentence gives. Precision over recall: a name is two to four
 * capitalised words, never a pronoun, an organisation or a title alone, so a missed quote is likelier than a false one.
 */
final class QuotedPeople {

  /** Longest text read: quotes of interest sit in the article itself, and this bounds the regex work. */
  private static final int MAX_TEXT = 200_000;
  private static final int MAX_PEOPLE = 100;
  /** A job title or an affiliation longer than this is a clause, not a title. */
  private static final int MAX_TAIL_WORDS = 8;

  private static final String HONORIFIC_WORD = "(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Rev)\\b";
  private static final String HONORIFIC = "(?:" + HONORIFIC_WORD + "\\.?\\s+)?";
  private static final String WORD = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:['’-]\\p{Lu}?[\\p{Ll}\\p{M}]+)*";
  private static final String PART = "(?:" + WORD + "|\\p{Lu}\\.|(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|al|ter)(?=\\s))";
  private static final String NAME = HONORIFIC + "(" + WORD + "(?:\\s+" + PART + "){1,3})";
  /** ", chief executive of Acme" / ", a director at X": the title, then the organisation. */
  private static final String TAIL = "(?:,\\s+((?:the|a|an)\\s+)?([^,.;:!?\"“”()]{2,90}?))?";
  private static final String SAID = "(?:said|says|added|adds|explained|explains|noted|notes|warned|warns|stated|states"
      + "|sagte|erklärte|betonte|a déclaré|a dit|a expliqué|dijo|afirmó|explicó|disse|ha detto|zei)";

  /** Characters around a "said" searched for the name and its title: a sentence's worth. */
  private static final int WINDOW = 200;
  /** The closing quote and comma before "said". */
  private static final int QUOTE_BEFORE_VERB = 3;
  private static final List<String> VERBS = List.of(SAID.substring("(?:".length(), SAID.length() - 1).split("\\|"));
  private static final List<String> SOURCES = List.of("according to", "laut", "selon", "según", "secondo");
  /** "…," said Jane Doe, chief executive of Acme. */
  private static final Pattern SAID_NAME = Pattern.compile(
      "[\"”’»],?\\s+" + SAID + "\\s+" + NAME + TAIL + "(?=[.,;:!?\\n]|$)");
  /** Jane Doe, chief executive of Acme, said … / "…," Jane Doe said. */
  private static final Map<String, Pattern> NAME_SAID = VERBS.stream().collect(Collectors.toMap(verb -> verb,
      // one pattern per verb: with the whole alternation, each step of the lazy title tried every verb
      verb -> Pattern.compile("(?:^|(?<=[.!?\"”»]\\s)|(?<=[,\"”»]\\s)|(?<=\\n))" + NAME
          + "(?:,\\s+((?:the|a|an)\\s+)?([^,.;:!?\"“”()]{2,90}?),)?\\s+" + Pattern.quote(verb) + "\\b")));
  /** according to Dr John Smith, director at X. */
  private static final Pattern ACCORDING = Pattern.compile(
      "(?<!\\p{L})(?:according to|laut|selon|según|secondo)\\s+" + NAME + TAIL + "(?=[.,;:!?\\n]|$)");

  private static final Pattern WITH_HONORIFIC = Pattern.compile("\\s" + HONORIFIC_WORD + "\\.?\\s");
  private static final Pattern POSSESSIVE = Pattern.compile("^(\\p{Lu}[^\\s'’]*(?:\\s+\\p{Lu}[^\\s'’]*){0,3})['’]s?\\s+(.+)$");
  private static final Pattern WHOLE_NAME = Pattern.compile(NAME);
  /** "head of nursing at Valley Hospital": "at" names the organisation even after an "of" inside the title. */
  private static final Pattern AT = Pattern.compile("^(.*?)\\s+(?:at|bei|chez)\\s+(?:the\\s+)?(.+)$");
  private static final Pattern AFFILIATION = Pattern.compile("^(.*?)\\s+(?:of|for|with|from|von|de|en)\\s+(?:the\\s+)?(.+)$");

  /** Capitalised words that start sentences or name groups, never a person. */
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "he", "she",
      "they", "it", "we", "i", "you", "us", "me", "them", "him", "my", "your", "his", "her", "their", "our", "its", "officials", "police", "researchers",
      "analysts", "experts", "critics", "sources", "residents", "officers", "scientists", "doctors", "people",
      "spokesman", "spokeswoman", "spokesperson", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "in", "on", "at", "but", "and", "or", "so", "then", "when", "while", "as", "if",
      "president", "minister", "chief", "executive", "director", "senator", "governor", "mayor", "secretary",
      "chairman", "chairwoman", "professor", "officer", "manager", "editor", "head", "leader", "general", "judge",
      "health", "state", "federal", "national", "new", "north", "south", "east", "west", "mr", "mrs", "ms", "dr");
  /** Last words of organisation names: a quote from an organisation is not a person's. */
  private static final Set<String> ORG_WORDS = Set.of("inc", "ltd", "llc", "plc", "corp", "co", "group", "company",
      "association", "university", "college", "council", "ministry", "department", "bank", "agency", "hospital",
      "institute", "foundation", "committee", "commission", "office", "service", "services", "authority",
      "government", "news", "times", "post", "journal", "press", "reuters", "network", "partners", "systems",
      "technologies", "health", "care", "clinic", "center", "centre", "school", "society", "union", "board",
      "court", "house", "party", "police", "army", "city", "county", "state", "trust", "fund", "capital", "labs",
      "gmbh", "ag", "sa", "nv", "bv", "ab", "oy", "spa", "srl");

  private QuotedPeople() {}

  /** The people quoted in the text, with role {@code quoted}; names in {@code exclude} (the authors) are skipped. */
  static List<PersonMention> in(String text, List<String> exclude) {
    List<PersonMention> out = new ArrayList<>();
    if (text == null || text.isEmpty()) return out;
    String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    // the name patterns are tried only around each "said" (a full scan tries them at every capital letter)
    // (String.indexOf is much faster than a regex alternation tried at every position)
    for (String verb : VERBS) {
      for (int at = t.indexOf(verb); at >= 0 && out.size() < MAX_PEOPLE; at = t.indexOf(verb, at + 1)) {
        int end = at + verb.length();
        if (at == 0 || !Character.isWhitespace(t.charAt(at - 1)) || end < t.length() && Character.isLetter(t.charAt(end))) continue;
        collect(SAID_NAME, t, Math.max(0, at - QUOTE_BEFORE_VERB), Math.min(t.length(), end + WINDOW), out, exclude);
        collect(NAME_SAID.get(verb), t, Math.max(0, at - WINDOW), end, out, exclude);
      }
    }
    for (String source : SOURCES) {
      for (int at = t.indexOf(source); at >= 0 && out.size() < MAX_PEOPLE; at = t.indexOf(source, at + 1)) {
        collect(ACCORDING, t, at, Math.min(t.length(), at + source.length() + WINDOW), out, exclude);
      }
    }
    return out;
  }

  private static void collect(Pattern p, String t, int from, int to, List<PersonMention> out, List<String> exclude) {
    Matcher m = p.matcher(t).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    while (m.find() && out.size() < MAX_PEOPLE) {
      PersonMention person = mention(m.group(1), m.group(3), exclude);
      // "according to Box Office Mojo": sources are often publications; a person comes with a title or honorific
      if (p == ACCORDING && person != null && person.jobTitle() == null && !WITH_HONORIFIC.matcher(m.group()).find()) {
        continue;
      }
      if (person != null) SchemaMentions.add(out, person);
    }
  }

  private static PersonMention mention(String rawName, String tail, List<String> exclude) {
    String name = SchemaMentions.clean(rawName);
    if (name == null || !isPersonName(name)) return null;
    for (String author : exclude) {
      if (author != null && author.equalsIgnoreCase(name)) return null; // a byline is the author, not a quote
    }
    String jobTitle = null;
    String affiliation = null;
    String t = SchemaMentions.clean(tail);
    if (t != null && t.split("\\s+").length <= MAX_TAIL_WORDS && !startsClause(t)) {
      Matcher a = AT.matcher(t);
      if (!a.matches()) a = AFFILIATION.matcher(t);
      if (a.matches()) {
        jobTitle = SchemaMentions.clean(a.group(1));
        affiliation = SchemaMentions.clean(a.group(2));
      } else if (Character.isLowerCase(t.charAt(0)) || t.split("\\s+").length <= 3) {
        jobTitle = t;
      }
      // "NASA's associate administrator for science": the possessive names the organisation
      Matcher owner = jobTitle == null ? null : POSSESSIVE.matcher(jobTitle);
      if (owner != null && owner.matches()) {
        jobTitle = owner.group(2) + (affiliation == null ? "" : " of " + affiliation);
        affiliation = owner.group(1);
      }
    }
    return new PersonMention(name, jobTitle, affiliation, null, null, SchemaMentions.ROLE_QUOTED);
  }

  /** The text is a name written as a person's (honorific allowed, stripped), with {@link #isPersonName}'s checks. */
  static String personName(String text) {
    if (text == null) return null;
    Matcher m = WHOLE_NAME.matcher(text.strip());
    return m.matches() && isPersonName(m.group(1)) ? m.group(1) : null;
  }

  /** Two to four words, none a sentence opener, pronoun or title, the last not an organisation's. */
  static boolean isPersonName(String name) {
    if (!SchemaMentions.plausibleName(name)) return false;
    List<String> words = Arrays.asList(name.toLowerCase(Locale.ROOT).replace(".", "").split("\\s+"));
    if (words.size() < 2 || !Character.isUpperCase(name.charAt(name.lastIndexOf(' ') + 1))) return false;
    for (String w : words) {
      if (NOT_NAMES.contains(w)) return false;
    }
    return !ORG_WORDS.contains(words.get(words.size() - 1));
  }

  /** A tail that opens a clause ("who led the pilot", "adding that") says what the person did, not who they are. */
  private static boolean startsClause(String tail) {
    String first = tail.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return Set.of("one", "some", "his", "her", "their", "its", "also", "now", "then", "who", "which", "that", "adding", "according", "in", "on", "as", "when", "while", "after",
        "before", "but", "and", "if", "because", "told", "speaking", "referring", "noting").contains(first);
  }
}
