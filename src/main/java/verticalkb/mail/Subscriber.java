package verticalkb.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An e-mail address that asked for briefings; what it receives is in its {@link Subscription}s. */
@Entity
@Table(name = "mail_subscriber")
public class Subscriber extends PanacheEntityBase {

  @Id
  public String id;

  /** Lower-cased, so that one address is one subscriber however it was typed. */
  public String email;

  public String name;

  @Column(name = "created_at")
  public Instant createdAt;

  /** SHA-256 of the token in the latest confirmation link; the token itself is only ever in the mail. */
  @Column(name = "confirm_token_hash")
  public String confirmTokenHash;

  @Column(name = "confirm_expires_at")
  public Instant confirmExpiresAt;

  /** When a sign-up last mailed the address (a confirmation or an "already subscribed" note). */
  @Column(name = "last_mailed_at")
  public Instant lastMailedAt;

  static Subscriber byEmail(String email) {
    return find("email", email).firstResult();
  }

  static Subscriber byConfirmToken(String tokenHash) {
    return find("confirmTokenHash", tokenHash).firstResult();
  }
}
