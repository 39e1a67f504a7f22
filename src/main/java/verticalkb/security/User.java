package verticalkb.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who signs in with HTTP Basic; the password is stored as a bcrypt hash. */
@Entity
@Table(name = "kb_user")
@UserDefinition
public class User extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Username
  public String username;

  @Password
  public String password;

  /** One of viewer, editor, admin; higher roles include the lower ones (see {@link RoleHierarchy}). */
  @Roles
  public String role;

  @Column(name = "created_at")
  public Instant createdAt;

  /** Bcrypt cost: 2^10 rounds takes about 60 ms here, slow for guessing and quick enough for a sign-in. */
  static final int BCRYPT_COST = 10;

  static User create(String username, String clearPassword, Role role) {
    User u = new User();
    u.username = username;
    u.password = BcryptUtil.bcryptHash(clearPassword, BCRYPT_COST);
    u.role = role.wireName();
    u.createdAt = Instant.now();
    u.persist();
    return u;
  }

  static User byName(String username) {
    return find("username", username).firstResult();
  }
}
