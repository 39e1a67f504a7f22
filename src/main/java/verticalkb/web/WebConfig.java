package verticalkb.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the web pages ({@code kb.web.*}). */
@ConfigMapping(prefix = "kb.web")
interface WebConfig {

  /** Search hits, events and experts a list page shows at once. */
  @WithDefault("10")
  int pageSize();

  /** Items of each section on a vertical's overview page. */
  @WithDefault("5")
  int overviewItems();
}
