package verticalkb.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import verticalkb.ProblemException;

/** Starts the weekly run on {@code kb.mail.weekly.cron}: a thin trigger over {@link WeeklyRun}. */
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
    try {
      run.run(run.defaultWeek(), null);
    } catch (ProblemException e) {
      LOG.warnf("weekly mail not sent: %s", e.getMessage());
    }
  }
}
