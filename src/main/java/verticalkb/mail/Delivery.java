package verticalkb.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The delivery log: one row per subscriber, vertical and ISO week, holding the outcome of the latest attempt. Only
 * {@value #SENT} is final; {@value #FAILED} and {@value #SKIPPED} are tried again by the next run of that week.
 */
@Entity
@Table(name = "mail_delivery")
public class Delivery extends PanacheEntityBase {

  public static final String SENT = "sent";
  public static final String FAILED = "failed";
  public static final String SKIPPED = "skipped";

  @Id
  public String id;

  @Column(name = "subscriber_id")
  public String subscriberId;

  @Column(name = "vertical_id")
  public String verticalId;

  public String week;

  /** The published edition the mail showed, or null for an automatic briefing. */
  public String edition;

  public String status;

  public String error;

  public int attempts;

  /** SHA-256 of the unsubscribe token in this mail's List-Unsubscribe link. */
  @Column(name = "unsubscribe_token_hash")
  public String unsubscribeTokenHash;

  @Column(name = "updated_at")
  public Instant updatedAt;

  static Delivery of(String subscriberId, String verticalId, String week) {
    return find("subscriberId = ?1 and verticalId = ?2 and week = ?3", subscriberId, verticalId, week).firstResult();
  }

}
