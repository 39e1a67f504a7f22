package verticalkb.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.logging.Logger;
import verticalkb.KbConfig;
import verticalkb.ProblemException;
import verticalkb.crawl.CrawlConfig;
import verticalkb.crawl.CrawlEngine;
import verticalkb.crawl.CrawlService;
import verticalkb.crawl.UrlGuard;

/**
 * With {@code kb.demo=true}: lets the crawler reach this service's own address ({@code kb.demo-url}, and nothing
 * else private), then crawls the demo vertical ({@code crawlers/demo.yaml}) as soon as the HTTP server answers.
 */
@ApplicationScoped
public class DemoStart {

  /** The demo vertical's id in crawlers/demo.yaml. */
  public static final String VERTICAL = "demo";
  private static final Logger LOG = Logger.getLogger(DemoStart.class);
  /** How long we wait for our own HTTP server to answer before giving up on the demo crawl. */
  private static final Duration SERVER_WAIT = Duration.ofSeconds(60);
  private static final long POLL_MILLIS = 250;

  private final KbConfig kb;
  private final CrawlConfig crawl;
  private final UrlGuard guard;
  private final CrawlEngine engine;
  private final CrawlService crawls;
  private final String demoUrl;

  DemoStart(KbConfig kb, CrawlConfig crawl, UrlGuard guard, CrawlEngine engine, CrawlService crawls) {
    this.kb = kb;
    this.crawl = crawl;
    this.guard = guard;
    this.engine = engine;
    this.crawls = crawls;
    this.demoUrl = kb.demoUrl();
  }

  void onStart(@Observes @Priority(CrawlService.STARTUP_PRIORITY + 10) StartupEvent event) {
    if (!kb.demo()) return;
    URI base = URI.create(demoUrl);
    guard.allowOrigin(base);
    engine.delayFor(base, crawl.ownSiteDelay());
    Thread.ofPlatform().name("demo-start").daemon().start(() -> startWhenServing(base));
  }

  private void startWhenServing(URI base) {
    URI probe = base.resolve(DemoSite.PREFIX);
    long deadline = System.nanoTime() + SERVER_WAIT.toNanos();
    try (HttpClient http = HttpClient.newHttpClient()) {
      while (System.nanoTime() < deadline) {
        try {
          if (http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
              .statusCode() == 200) {
            var run = crawls.startVertical(VERTICAL, "demo", false);
            LOG.infof("demo: crawling the demo web at %s (run %s; GET /api/crawls/%s)", probe, run.id(), run.id());
            return;
          }
        } catch (IOException notYet) {
          // the server is not listening yet
        }
        Thread.sleep(POLL_MILLIS);
      }
      LOG.warnf("demo: %s did not answer within %s; set kb.demo-url to this service's address", probe, SERVER_WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ProblemException e) {
      LOG.infof("demo: no demo crawl started: %s", e.getMessage());
    }
  }
}
