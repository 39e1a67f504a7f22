package verticalkb.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Makes sure someone can administer a fresh installation: when no user exists, creates {@code admin} with the
 * password from {@code kb.security.admin-password}, or a random one that is logged exactly once.
 */
@ApplicationScoped
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
  static final String USERNAME = "admin";
  private static final int GENERATED_PASSWORD_BYTES = 15;

  private final SecurityConfig config;

  FirstAdmin(SecurityConfig config) {
    this.config = config;
  }

  void onStart(@Observes StartupEvent event) {
    QuarkusTransaction.requiringNew().run(this::ensureAdmin);
  }

  void ensureAdmin() {
    if (User.count() > 0) return;
    String password = config.adminPassword().filter(p -> !p.isBlank()).orElse(null);
    if (password != null) {
      User.create(USERNAME, password, Role.ADMIN);
      LOG.infof("security: created user '%s' with the password from kb.security.admin-password", USERNAME);
      return;
    }
    byte[] random = new byte[GENERATED_PASSWORD_BYTES];
    new SecureRandom().nextBytes(random);
    password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    User.create(USERNAME, password, Role.ADMIN);
    LOG.warnf("security: created user '%s' with the generated password %s — it is shown only this once; "
        + "sign in and change it with PUT /api/users/admin, or set KB_SECURITY_ADMIN_PASSWORD before the first start", USERNAME, password);
  }
}
