package verticalkb.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import verticalkb.ProblemException;

/** Starts the weekly run on {@code kb.mail.weekly.cron} and retries of what failed: thin triggers over {@link WeeklyRun}. */
@ApplicationScoped
public class WeeklyMailJob {

  private static final Logger LOG = Logger.getLogger(WeeklyMailJob.class);
  private final WeeklyRun run;

  WeeklyMailJob(WeeklyRun run) {
    this.run = run;
  }

  @Scheduled(identity = "weekly-mail", cron = "{kb.mail.weekly.cron}", timeZone = "{kb.mail.weekly.time-zone}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void weekly() {
    trigger(() -> run.run(run.defaultWeek(), null));
  }

  /** Between weekly runs, what failed is sent again, so that a passing SMTP outage does not cost a week's mail. */
  @Scheduled(identity = "weekly-mail-retry", every = "{kb.mail.weekly.retry-every}", delayed = "{kb.mail.weekly.retry-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void retry() {
    trigger(() -> run.retryFailed(run.defaultWeek()));
  }

  private static void trigger(Runnable work) {
    try {
      work.run();
    } catch (ProblemException e) {
      // 503 (no briefing renderer) or 409 (a run in progress): the next tick tries again.
      LOG.warnf("weekly mail not sent: %s", e.getMessage());
    }
  }
}
