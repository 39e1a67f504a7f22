package verticalkb.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FirstAdminTest {

  @Inject
  FirstAdmin firstAdmin;

  @Test
  void theConfiguredPasswordMadeTheFirstAdmin() {
    User admin = QuarkusTransaction.requiringNew().call(() -> User.byName("admin"));
    assertThat(admin.role).isEqualTo("admin");
    assertThat(io.quarkus.elytron.security.common.BcryptUtil.matches("test-admin-password", admin.password)).isTrue();
  }

  @Test
  void aSecondStartCreatesNoOtherAdmin() {
    long before = QuarkusTransaction.requiringNew().call(() -> User.count("role", "admin"));
    QuarkusTransaction.requiringNew().run(firstAdmin::ensureAdmin);
    assertThat(QuarkusTransaction.requiringNew().call(() -> User.count("role", "admin"))).isEqualTo(before);
  }
}
