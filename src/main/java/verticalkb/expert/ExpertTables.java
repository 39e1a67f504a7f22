package verticalkb.expert;

import static verticalkb.Jdbc.bind;
import static verticalkb.Jdbc.chunks;
import static verticalkb.Jdbc.getDouble;
import static verticalkb.Jdbc.instant;
import static verticalkb.Jdbc.markers;
import static verticalkb.Jdbc.setDouble;
import static verticalkb.Jdbc.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expert directory's per-page writes ({@code person_mention}, {@code expert}) as plain JDBC batches, read and
 * written as detached {@link Mention} and {@link Expert} objects: no Hibernate session, no dirty checking, one
 * statement per kind and batch. Runs on the caller's connection (and so in its transaction).
 */
final class ExpertTables {

  /** What a sighting of a mention sets (all but its natural key and its derived {@code expert_id}). */
  private static final String DATA_COLUMNS = "url, source_id, title, mention_date, authority, name, job_title, affiliation,"
      + " affiliation_key, location, place_name, region, country, lat, lon, profile_url, topics, seen_at";
  private static final int DATA = 18;
  private static final String MENTION_COLUMNS = "vertical_id, document_id, name_key, role, expert_id, " + DATA_COLUMNS;
  private static final String EXPERT_COLUMNS = "vertical_id, name, job_title, affiliation, location, region, country, lat, lon,"
      + " profile_url, topics, score, evidence_count, last_seen, hidden, updated_at";

  private ExpertTables() {}

  /** The ids of the stored mentions on these documents, by natural key ({@code key(documentId, nameKey, role)}). */
  static Map<String, Long> mentionIds(Connection c, String verticalId, Collection<String> documentIds) throws SQLException {
    Map<String, Long> out = new HashMap<>();
    for (List<String> chunk : chunks(documentIds)) {
      // Only the IN column in the condition: H2 seeks an IN list on an index's leading column alone (V7's
      // person_mention_document), where "vertical_id = ? and …" may pick the natural index and scan the vertical.
      try (PreparedStatement ps = c.prepareStatement("select id, vertical_id, document_id, name_key, role from person_mention"
          + " where document_id in " + markers(chunk.size()))) {
        bind(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (!verticalId.equals(rs.getString(2))) continue;
            out.put(key(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getLong(1));
          }
        }
      }
    }
    return out;
  }

  static String key(String documentId, String nameKey, String role) {
    return documentId + '\n' + nameKey + '\n' + role;
  }

  /** Inserts the new mentions, in list order, and sets their generated {@code id}s. */
  static void insert(Connection c, List<Mention> mentions) throws SQLException {
    if (mentions.isEmpty()) return;
    try (PreparedStatement ps = c.prepareStatement("insert into person_mention (" + DATA_COLUMNS + ", vertical_id, document_id,"
        + " name_key, role, expert_id) values " + markers(DATA + 5), new String[] {"id"})) {
      for (Mention m : mentions) {
        setData(ps, m);
        ps.setString(DATA + 1, m.verticalId);
        ps.setString(DATA + 2, m.documentId);
        ps.setString(DATA + 3, m.nameKey);
        ps.setString(DATA + 4, m.role);
        ps.setString(DATA + 5, m.expertId);
        ps.addBatch();
      }
      ps.executeBatch();
      // H2 and PostgreSQL both answer a batch's keys in the order of its rows.
      try (ResultSet keys = ps.getGeneratedKeys()) {
        for (Mention m : mentions) {
          if (!keys.next()) throw new SQLException("the database returned fewer generated ids than mentions inserted");
          m.id = keys.getLong(1);
        }
      }
    }
  }

  /**
   * Overwrites the stored mentions (by {@code id}) with what was seen now. The natural key is the same by definition,
   * and {@code expert_id} is kept: the rebuild must see where each mention was, to rebuild the record it leaves.
   */
  static void update(Connection c, List<Mention> mentions) throws SQLException {
    if (mentions.isEmpty()) return;
    try (PreparedStatement ps = c.prepareStatement("update person_mention set " + DATA_COLUMNS.replace(",", " = ?,") + " = ?"
        + " where id = ?")) {
      for (Mention m : mentions) {
        setData(ps, m);
        ps.setLong(DATA + 1, m.id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Binds the {@link #DATA_COLUMNS} as parameters 1 to {@value #DATA}. */
  private static void setData(PreparedStatement ps, Mention m) throws SQLException {
    ps.setString(1, m.url);
    ps.setString(2, m.sourceId);
    ps.setString(3, m.title);
    ps.setObject(4, time(m.date));
    ps.setDouble(5, m.authority);
    ps.setString(6, m.name);
    ps.setString(7, m.jobTitle);
    ps.setString(8, m.affiliation);
    ps.setString(9, m.affiliationKey);
    ps.setString(10, m.location);
    ps.setString(11, m.placeName);
    ps.setString(12, m.region);
    ps.setString(13, m.country);
    setDouble(ps, 14, m.lat);
    setDouble(ps, 15, m.lon);
    ps.setString(16, m.profileUrl);
    ps.setString(17, m.topics);
    ps.setObject(18, time(m.seenAt));
  }

  /** The vertical's mentions of these name keys, in id order. */
  static List<Mention> byNames(Connection c, String verticalId, Collection<String> nameKeys) throws SQLException {
    List<Mention> out = new ArrayList<>();
    for (List<String> chunk : chunks(nameKeys)) {
      // As in mentionIds: the IN column alone, so that the index leading with name_key (V7) is sought.
      out.addAll(select(c, "name_key in " + markers(chunk.size()), chunk, verticalId));
    }
    out.sort((a, b) -> Long.compare(a.id, b.id));
    return out;
  }

  /** The ids of the mentions attributed to these experts. */
  static Set<Long> idsByExperts(Connection c, Collection<String> expertIds) throws SQLException {
    Set<Long> out = new HashSet<>();
    for (List<String> chunk : chunks(expertIds)) {
      try (PreparedStatement ps = c.prepareStatement("select id from person_mention where expert_id in " + markers(chunk.size()))) {
        bind(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  /** The mentions with these ids. */
  static List<Mention> byIds(Connection c, Collection<Long> ids) throws SQLException {
    List<String> keys = ids.stream().map(String::valueOf).toList();
    List<Mention> out = new ArrayList<>();
    for (List<String> chunk : chunks(keys)) {
      // ids bound as strings would not match a bigint column on PostgreSQL: inline them (they are numbers).
      out.addAll(select(c, "id in (" + String.join(", ", chunk) + ")", List.of(), null));
    }
    return out;
  }

  private static List<Mention> select(Connection c, String where, List<String> args, String verticalId) throws SQLException {
    List<Mention> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select id, " + MENTION_COLUMNS + " from person_mention where " + where)) {
      bind(ps, 1, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (verticalId != null && !verticalId.equals(rs.getString("vertical_id"))) continue;
          out.add(mention(rs));
        }
      }
    }
    return out;
  }

  private static Mention mention(ResultSet rs) throws SQLException {
    Mention m = new Mention();
    m.id = rs.getLong("id");
    m.verticalId = rs.getString("vertical_id");
    m.documentId = rs.getString("document_id");
    m.url = rs.getString("url");
    m.sourceId = rs.getString("source_id");
    m.title = rs.getString("title");
    m.role = rs.getString("role");
    m.date = instant(rs, "mention_date");
    m.authority = rs.getDouble("authority");
    m.name = rs.getString("name");
    m.nameKey = rs.getString("name_key");
    m.jobTitle = rs.getString("job_title");
    m.affiliation = rs.getString("affiliation");
    m.affiliationKey = rs.getString("affiliation_key");
    m.location = rs.getString("location");
    m.placeName = rs.getString("place_name");
    m.region = rs.getString("region");
    m.country = rs.getString("country");
    m.lat = getDouble(rs, "lat");
    m.lon = getDouble(rs, "lon");
    m.profileUrl = rs.getString("profile_url");
    m.topics = rs.getString("topics");
    m.expertId = rs.getString("expert_id");
    m.seenAt = instant(rs, "seen_at");
    return m;
  }

  /** Sets {@code expert_id} on the mentions (by id). */
  static void attribute(Connection c, List<Mention> mentions) throws SQLException {
    if (mentions.isEmpty()) return;
    try (PreparedStatement ps = c.prepareStatement("update person_mention set expert_id = ? where id = ?")) {
      for (Mention m : mentions) {
        ps.setString(1, m.expertId);
        ps.setLong(2, m.id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * The vertical's corrections in force, oldest first (the order they are re-applied in), as detached objects (one
   * small query per batch; through Hibernate it cost as much as recording the batch's mentions).
   */
  static List<Correction> corrections(Connection c, String verticalId) throws SQLException {
    List<Correction> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("select id, kind, expert_id, other_id, payload from expert_correction"
        + " where vertical_id = ? and undone = false order by id")) {
      ps.setString(1, verticalId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Correction x = new Correction();
          x.id = rs.getLong(1);
          x.verticalId = verticalId;
          x.kind = rs.getString(2);
          x.expertId = rs.getString(3);
          x.otherId = rs.getString(4);
          x.payload = rs.getString(5);
          out.add(x);
        }
      }
    }
    return out;
  }

  /** Inserts the records that do not exist yet, overwrites those that do, in one batch each. */
  static void save(Connection c, List<Expert> experts, Set<String> existing) throws SQLException {
    try (PreparedStatement ins = c.prepareStatement("insert into expert (" + EXPERT_COLUMNS + ", id) values " + markers(17));
        PreparedStatement upd = c.prepareStatement("update expert set " + EXPERT_COLUMNS.replace(",", " = ?,") + " = ?"
            + " where id = ?")) {
      int inserts = 0, updates = 0;
      for (Expert e : experts) {
        PreparedStatement ps = existing.contains(e.id) ? upd : ins;
        ps.setString(1, e.verticalId);
        ps.setString(2, e.name);
        ps.setString(3, e.jobTitle);
        ps.setString(4, e.affiliation);
        ps.setString(5, e.location);
        ps.setString(6, e.region);
        ps.setString(7, e.country);
        setDouble(ps, 8, e.lat);
        setDouble(ps, 9, e.lon);
        ps.setString(10, e.profileUrl);
        ps.setString(11, e.topics);
        ps.setDouble(12, e.score);
        ps.setInt(13, e.evidenceCount);
        ps.setObject(14, time(e.lastSeen));
        ps.setBoolean(15, e.hidden);
        ps.setObject(16, time(e.updatedAt));
        ps.setString(17, e.id);
        ps.addBatch();
        if (ps == upd) updates++;
        else inserts++;
      }
      if (inserts > 0) ins.executeBatch();
      if (updates > 0) upd.executeBatch();
    }
  }

  static void deleteExperts(Connection c, Collection<String> ids) throws SQLException {
    for (List<String> chunk : chunks(ids)) {
      try (PreparedStatement ps = c.prepareStatement("delete from expert where id in " + markers(chunk.size()))) {
        bind(ps, 1, chunk);
        ps.executeUpdate();
      }
    }
  }
}
