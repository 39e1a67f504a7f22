package verticalkb.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The {@code kb.security.*} settings. */
@ConfigMapping(prefix = "kb.security")
public interface SecurityConfig {

  /** The first admin's password; when absent a random one is generated on first start and logged once. */
  Optional<String> adminPassword();

  /** Whether anonymous users may read (GET); writes always need editor or admin. */
  @WithDefault("true")
  boolean openReads();
}
