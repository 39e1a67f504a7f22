package verticalkb.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An unsubscribe link that went out in a weekly mail (its token hashed): every one keeps working, retries included. */
@Entity
@Table(name = "mail_unsubscribe_link")
public class UnsubscribeLink extends PanacheEntityBase {

  @Id
  @Column(name = "token_hash")
  public String tokenHash;

  @Column(name = "subscriber_id")
  public String subscriberId;

  @Column(name = "vertical_id")
  public String verticalId;

  @Column(name = "created_at")
  public Instant createdAt;

  static void remember(String tokenHash, String subscriberId, String verticalId) {
    UnsubscribeLink link = new UnsubscribeLink();
    link.tokenHash = tokenHash;
    link.subscriberId = subscriberId;
    link.verticalId = verticalId;
    link.createdAt = Instant.now();
    link.persist();
  }
}
