package verticalkb.mail;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import verticalkb.ListPage;

/**
 * The delivery log's reads and writes, each in its own short transaction, so that every attempt of a long run is recorded
 * as soon as it is made and one failure does not roll back the others.
 */
@ApplicationScoped
public class DeliveryLog {

  /** A confirmed subscription the weekly run sends to. */
  public record Recipient(String subscriberId, String email, String verticalId, String verticalName) {}

  /** One row of the log as the API shows it. */
  public record DeliveryView(String id, String subscriberId, String email, String vertical, String week, String edition,
      String status, String error, int attempts, Instant at) {}

  private static final int MAX_ERROR = 2000;

  /** Confirmed, not unsubscribed subscriptions, of one vertical or all, ordered by vertical. */
  @Transactional
  public List<Recipient> recipients(String verticalId) {
    String from = "from Subscription s join Subscriber r on r.id = s.key.subscriberId left join Vertical v on v.id = s.key.verticalId"
        + " where s.confirmedAt is not null and s.unsubscribedAt is null" + (verticalId == null ? "" : " and s.key.verticalId = :vertical");
    var query = Subscription.getEntityManager().createQuery(
        "select r.id, r.email, s.key.verticalId, v.name " + from + " order by s.key.verticalId, r.email", Object[].class);
    if (verticalId != null) query.setParameter("vertical", verticalId);
    return query.getResultList().stream().map(row -> new Recipient((String) row[0], (String) row[1], (String) row[2],
        row[3] == null ? (String) row[2] : (String) row[3])).toList();
  }

  /** The outcome of the latest attempt and how many sends were tried; null when there was none. */
  public record Attempt(String status, int attempts) {}

  @Transactional
  public Attempt last(Recipient r, String week) {
    Delivery d = Delivery.of(r.subscriberId(), r.verticalId(), week);
    return d == null ? null : new Attempt(d.status, d.attempts);
  }

  /**
   * Records an attempt before the mail goes out: the mail's unsubscribe link must work the moment it arrives, and a crash
   * between sending and recording leaves a failed row that the next run retries (at least once, never silently lost).
   */
  @Transactional
  public void attempting(Recipient r, String week, String edition, String unsubscribeTokenHash) {
    Delivery d = row(r, week);
    d.edition = edition;
    d.status = Delivery.FAILED;
    d.error = "the send did not finish (the service stopped while sending)";
    d.attempts++;
    d.unsubscribeTokenHash = unsubscribeTokenHash;
    UnsubscribeLink.remember(unsubscribeTokenHash, r.subscriberId(), r.verticalId());
  }

  @Transactional
  public void sent(Recipient r, String week) {
    Delivery d = row(r, week);
    d.status = Delivery.SENT;
    d.error = null;
  }

  @Transactional
  public void failed(Recipient r, String week, String error) {
    Delivery d = row(r, week);
    d.status = Delivery.FAILED;
    d.error = cut(error);
  }

  /** Nothing was sent and nothing was tried: a later run of the week sends if there is something by then. */
  @Transactional
  public void skipped(Recipient r, String week, String edition, String reason) {
    Delivery d = row(r, week);
    d.edition = edition;
    d.status = Delivery.SKIPPED;
    d.error = cut(reason);
  }

  /** The log, newest first, filtered by any of week, vertical and status. */
  @Transactional
  public ListPage<DeliveryView> list(String week, String verticalId, String status, int limit, int offset) {
    List<String> conditions = new ArrayList<>();
    Parameters params = new Parameters();
    if (week != null) {
      conditions.add("week = :week");
      params.and("week", week);
    }
    if (verticalId != null) {
      conditions.add("verticalId = :vertical");
      params.and("vertical", verticalId);
    }
    if (status != null) {
      conditions.add("status = :status");
      params.and("status", status);
    }
    String where = conditions.isEmpty() ? "" : String.join(" and ", conditions);
    List<Delivery> rows = Delivery.<Delivery>find(where + (where.isEmpty() ? "" : " ") + "order by updatedAt desc, id", params)
        .range(offset, offset + limit - 1).list();
    long total = where.isEmpty() ? Delivery.count() : Delivery.count(where, params);
    List<DeliveryView> items = rows.stream().map(d -> {
      Subscriber s = Subscriber.findById(d.subscriberId);
      return new DeliveryView(d.id, d.subscriberId, s == null ? null : s.email, d.verticalId, d.week, d.edition, d.status,
          d.error, d.attempts, d.updatedAt);
    }).toList();
    return new ListPage<>(items, total);
  }

  private static Delivery row(Recipient r, String week) {
    Delivery d = Delivery.of(r.subscriberId(), r.verticalId(), week);
    if (d == null) {
      d = new Delivery();
      d.id = UUID.randomUUID().toString();
      d.subscriberId = r.subscriberId();
      d.verticalId = r.verticalId();
      d.week = week;
      d.status = Delivery.FAILED;
      d.updatedAt = Instant.now();
      d.persist();
    }
    d.updatedAt = Instant.now();
    return d;
  }

  private static String cut(String s) {
    return s == null || s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
  }
}
