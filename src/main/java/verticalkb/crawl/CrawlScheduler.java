package verticalkb.crawl;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Starts runs on each source's own schedule: a thin trigger over {@link CrawlService#startDue()}. */
@ApplicationScoped
public class CrawlScheduler {

  private final CrawlService crawls;

  CrawlScheduler(CrawlService crawls) {
    this.crawls = crawls;
  }

  @Scheduled(every = "{kb.crawl.schedule-tick}", delayed = "{kb.crawl.schedule-tick}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    crawls.startDue();
  }
}
