package verticalkb.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/** Runs on whichever database the build targets: H2 by default, PostgreSQL with -Dquarkus.test.profile=test,pg. */
@QuarkusTest
class MigrationsTest {

  @Inject
  Flyway flyway;

  @Test
  void everyMigrationIsAppliedAndNonePending() {
    MigrationInfo[] all = flyway.info().all();
    assertThat(all).isNotEmpty();
    assertThat(Arrays.stream(all).map(MigrationInfo::getState))
        .allMatch(s -> s == MigrationState.SUCCESS, "all migrations applied successfully");
    assertThat(flyway.info().pending()).isEmpty();
  }

  @Test
  void migrationsAreValidAgainstTheScripts() {
    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
  }
}
