package verticalkb.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One subscriber's wish for one vertical's weekly briefing: pending, confirmed or unsubscribed. */
@Entity
@Table(name = "mail_subscription")
public class Subscription extends PanacheEntityBase {

  /** The key: subscriber and vertical. */
  @Embeddable
  public record Key(@Column(name = "subscriber_id") String subscriberId, @Column(name = "vertical_id") String verticalId)
      implements Serializable {}

  @EmbeddedId
  public Key key;

  @Column(name = "requested_at")
  public Instant requestedAt;

  @Column(name = "confirmed_at")
  public Instant confirmedAt;

  @Column(name = "unsubscribed_at")
  public Instant unsubscribedAt;

  /** The state as the API shows it. */
  public String status() {
    if (unsubscribedAt != null) return "unsubscribed";
    return confirmedAt == null ? "pending" : "confirmed";
  }

  boolean active() {
    return confirmedAt != null && unsubscribedAt == null;
  }

  static List<Subscription> of(String subscriberId) {
    return list("key.subscriberId = ?1 order by key.verticalId", subscriberId);
  }
}
