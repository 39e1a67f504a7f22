package verticalkb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Plain JDBC for the per-page write paths (batched statements, IN-list look-ups), in SQL that H2 and PostgreSQL
 * both run. A connection taken inside a {@code QuarkusTransaction} is enlisted in it (Agroal), so these calls join
 * the caller's transaction: never commit or change auto-commit on it.
 */
public final class Jdbc {

  /** Values per IN list: well under every database's limit on bind parameters. */
  public static final int IN_LIST = 1000;

  private Jdbc() {}

  /** A unit of JDBC work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs the work on a connection of the data source (the transaction's, inside one). */
  public static <T> T with(DataSource db, Work<T> work) {
    try (Connection c = db.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("database error: " + e.getMessage(), e);
    }
  }

  /** Instants as UTC offset date-times: what both drivers map onto {@code timestamp with time zone}. */
  public static OffsetDateTime time(Instant i) {
    return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  public static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
    if (value == null) ps.setNull(index, Types.DOUBLE);
    else ps.setDouble(index, value);
  }

  public static Double getDouble(ResultSet rs, String column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? null : d;
  }

  /**
   * The values in chunks of at most {@value #IN_LIST}, each padded (its last value repeated) to a power of two, so
   * that a few distinct statements serve every batch size and the databases' statement caches hit.
   */
  public static List<List<String>> chunks(Collection<String> values) {
    List<String> all = List.copyOf(values);
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += IN_LIST) {
      List<String> chunk = new ArrayList<>(all.subList(i, Math.min(all.size(), i + IN_LIST)));
      int size = Math.min(IN_LIST, Integer.highestOneBit(chunk.size() - 1) << 1);
      while (chunk.size() < size) chunk.add(chunk.getLast());
      out.add(chunk);
    }
    return out;
  }

  /** {@code (?, ?, …)} with n markers. */
  public static String markers(int n) {
    StringBuilder b = new StringBuilder(n * 3 + 2).append('(');
    for (int i = 0; i < n; i++) b.append(i == 0 ? "?" : ", ?");
    return b.append(')').toString();
  }

  /**
   * Which of these keys are stored in {@code table.column} (a key column: table and column are constants of the
   * caller, never user input), one query per {@value #IN_LIST}.
   */
  public static Set<String> existing(Connection c, String table, String column, Collection<String> keys) throws SQLException {
    Set<String> found = new HashSet<>();
    for (List<String> chunk : chunks(keys)) {
      try (PreparedStatement ps = c.prepareStatement("select " + column + " from " + table + " where " + column + " in "
          + markers(chunk.size()))) {
        bind(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  /** Binds the values from parameter {@code first} on; answers the next free parameter index. */
  public static int bind(PreparedStatement ps, int first, List<String> values) throws SQLException {
    int i = first;
    for (String v : values) ps.setString(i++, v);
    return i;
  }
}
