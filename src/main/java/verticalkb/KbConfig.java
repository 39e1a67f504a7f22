package verticalkb;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** The service-wide {@code kb.*} settings; each feature keeps its own group under {@code kb.<feature>}. */
@ConfigMapping(prefix = "kb")
public interface KbConfig {

  /** H2 database, Lucene index and WARC archive live below this folder. */
  @WithDefault("./data")
  Path dataDir();

  /** One YAML file per vertical. */
  @WithDefault("./crawlers")
  Path crawlersDir();

  /** Lucene schema, analyzers, synonyms. */
  @WithDefault("./index-config")
  Path indexConfigDir();

  /** Serve the bundled demo web and crawl it on start. */
  @WithDefault("false")
  boolean demo();

  /** This service's own base URL, where the demo web is crawled from ({@code ${kb.demo-url}} in crawlers/demo.yaml). */
  @WithDefault("http://localhost:${quarkus.http.port:8080}")
  String demoUrl();

  /**
   * Where people reach this service: the base of every absolute link the service writes outside its own pages (briefing
   * e-mails, subscription confirmation and unsubscribe links). Set it to the public address behind a proxy.
   */
  @WithDefault("http://localhost:${quarkus.http.port:8080}")
  String publicUrl();
}
