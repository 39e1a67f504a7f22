package verticalkb;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a transactional write again when it lost a race to insert a row another request inserted at the same moment
 * (two sign-ups of one new address, two editors curating one new document): the second try finds the row and updates
 * it, where a bare unique-key violation would have been a 500 and a lost request.
 */
public final class UniqueRace {

  /** SQLSTATE of a unique violation, in H2 as in PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";
  /**
   * Tries in all: each lost race means another request committed, so n simultaneous writers of one key (editors
   * numbering revisions) need up to n tries; past a handful, the failure is reported rather than retried for ever.
   */
  static final int TRIES = 5;

  private UniqueRace() {}

  /** {@code work} must run in a transaction of its own (a {@code @Transactional} service method called from outside one). */
  public static <T> T retry(Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (RuntimeException e) {
        if (attempt >= TRIES || !isUniqueViolation(e)) throw e;
      }
    }
  }

  static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.hibernate.exception.ConstraintViolationException) return true;
      if (t instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) return true;
    }
    return false;
  }
}
