package verticalkb.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The query language a user types: words, "quoted phrases", {@code -excluded}, {@code a OR b}, {@code field:value}
 * and {@code prefix*}. Everything else is text. Pure and thread-safe; a query that cannot be read throws
 * {@link QuerySyntaxException} with the 1-based column of the problem.
 */
public final class QuerySyntax {

  /** Shorter prefixes match too many terms to be useful and slow every query down. */
  public static final int MIN_PREFIX_LENGTH = 2;
  private static final String OR = "OR";

  /** What a clause matches. */
  public enum Kind { TERM, PHRASE, PREFIX }

  /** One clause: a word, phrase or prefix, optionally restricted to a field, optionally excluded. */
  public record Clause(Kind kind, String field, String text, boolean excluded, int column) {}

  /**
   * A parsed query: {@code groups} are alternatives joined by OR inside and by the default operator between them;
   * {@code excluded} clauses must not match.
   */
  public record Parsed(List<List<Clause>> groups, List<Clause> excluded) {
    public boolean isEmpty() {
      return groups.isEmpty();
    }

    /** The plain words of the positive clauses, in order (for proximity boosts and did-you-mean). */
    public List<Clause> words() {
      List<Clause> out = new ArrayList<>();
      for (List<Clause> g : groups) for (Clause c : g) if (c.kind() == Kind.TERM && c.field() == null) out.add(c);
      return out;
    }
  }

  /** Thrown for a query that cannot be read; {@link #column()} is where. */
  public static final class QuerySyntaxException extends Exception {
    private final int column;

    QuerySyntaxException(int column, String message) {
      super(message + " (at column " + column + ")");
      this.column = column;
    }

    public int column() {
      return column;
    }
  }

  private QuerySyntax() {}

  public static Parsed parse(String q) throws QuerySyntaxException {
    List<List<Clause>> groups = new ArrayList<>();
    List<Clause> excluded = new ArrayList<>();
    if (q == null) return new Parsed(groups, excluded);
    int i = 0;
    int n = q.length();
    boolean pendingOr = false;
    int orColumn = 0;
    while (i < n) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean negate = false;
      if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
        negate = true;
        i++;
      }
      String field = null;
      Clause clause;
      int tokenStart = i;
      if (i < n && q.charAt(i) == '"') {
        int close = q.indexOf('"', i + 1);
        if (close < 0) throw new QuerySyntaxException(i + 1, "the quote opened here is never closed; add a closing \"");
        clause = new Clause(Kind.PHRASE, null, q.substring(i + 1, close), negate, start + 1);
        i = close + 1;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(q.charAt(end))) {
          if (q.charAt(end) == '"') break;
          end++;
        }
        String token = q.substring(i, end);
        int colon = token.indexOf(':');
        if (colon > 0 && isFieldName(token.substring(0, colon))) {
          field = token.substring(0, colon);
          String rest = token.substring(colon + 1);
          if (rest.isEmpty() && end < n && q.charAt(end) == '"') {
            int close = q.indexOf('"', end + 1);
            if (close < 0) throw new QuerySyntaxException(end + 1, "the quote opened here is never closed; add a closing \"");
            clause = new Clause(Kind.PHRASE, field, q.substring(end + 1, close), negate, start + 1);
            i = close + 1;
            pendingOr = add(groups, excluded, clause, pendingOr, orColumn);
            continue;
          }
          // An empty value stays a field clause: the schema decides whether "note:" is prose or "title:" lacks a value.
          token = rest;
          tokenStart += colon + 1;
        }
        i = end;
        if (field == null && !negate && token.equals(OR)) {
          if (groups.isEmpty() || pendingOr) throw new QuerySyntaxException(start + 1, "OR needs a word or phrase on its left");
          pendingOr = true;
          orColumn = start + 1;
          continue;
        }
        if (token.endsWith("*")) {
          String prefix = token.replaceAll("\\*+$", "");
          if (prefix.length() < MIN_PREFIX_LENGTH) {
            throw new QuerySyntaxException(tokenStart + 1, "a prefix search needs at least " + MIN_PREFIX_LENGTH + " characters before the *");
          }
          clause = new Clause(Kind.PREFIX, field, prefix, negate, start + 1);
        } else {
          clause = new Clause(Kind.TERM, field, token, negate, start + 1);
        }
      }
      if (clause.text().isBlank() && clause.field() == null) continue;
      pendingOr = add(groups, excluded, clause, pendingOr, orColumn);
    }
    if (pendingOr) throw new QuerySyntaxException(orColumn, "OR needs a word or phrase on its right");
    return new Parsed(groups, excluded);
  }

  private static boolean add(List<List<Clause>> groups, List<Clause> excluded, Clause clause, boolean pendingOr, int orColumn)
      throws QuerySyntaxException {
    if (clause.excluded()) {
      if (pendingOr) throw new QuerySyntaxException(orColumn, "OR cannot join an excluded (-) clause; remove the OR or the -");
      excluded.add(clause);
      return false;
    }
    if (pendingOr) groups.getLast().add(clause);
    else groups.add(new ArrayList<>(List.of(clause)));
    return false;
  }

  private static boolean isFieldName(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_') return false;
    }
    return true;
  }
}
