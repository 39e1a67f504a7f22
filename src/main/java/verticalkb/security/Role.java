package verticalkb.security;

import java.util.Locale;

/** What a user may do; each role includes the ones before it. */
public enum Role {
  /** Reads everything (needed only where anonymous reads are closed). */
  VIEWER,
  /** Also curates: writes to briefings, curation, documents of the vertical. */
  EDITOR,
  /** Also manages sources, users and crawls. */
  ADMIN;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role parse(String s) {
    if (s == null) return null;
    for (Role r : values()) if (r.wireName().equals(s.trim().toLowerCase(Locale.ROOT))) return r;
    return null;
  }
}
