package verticalkb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import verticalkb.ProblemException;
import verticalkb.briefing.WeeklyBriefings;
import verticalkb.briefing.WeeklyBriefings.RenderedBriefing;

/**
 * Sends each confirmed subscription the briefing of one week, one mail per subscriber and vertical. Nothing twice: a
 * subscription whose mail of the week was sent is counted as already sent; nothing lost: failed and skipped ones are tried
 * again by the next run of the same week, and one failing address does not stop the others. One run at a time per process.
 * Blocks (SMTP): call it from a worker thread, never from the event loop.
 */
@ApplicationScoped
public class WeeklyRun {

  /** What a run did; {@code alreadySent} counts subscriptions an earlier run of the week had served. */
  public record Summary(String week, String vertical, int sent, int failed, int skipped, int alreadySent) {}

  /**
   * Where the current run stands, or how the last one ended ({@code state} running or done; idle before the first):
   * {@code done} of {@code recipients} subscriptions handled so far, with the counts of a {@link Summary}.
   */
  public record Progress(String state, String week, String vertical, boolean retry, Instant startedAt, Instant finishedAt,
      int recipients, int done, int sent, int failed, int skipped, int alreadySent) {

    static final Progress IDLE = new Progress("idle", null, null, false, null, null, 0, 0, 0, 0, 0, 0);
  }

  private static final Logger LOG = Logger.getLogger(WeeklyRun.class);

  private final DeliveryLog log;
  private final MailComposer composer;
  private final MailSender mailer;
  private final Instance<WeeklyBriefings> briefings;
  private final MailConfig config;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.IDLE);

  WeeklyRun(DeliveryLog log, MailComposer composer, MailSender mailer, Instance<WeeklyBriefings> briefings, MailConfig config) {
    this.log = log;
    this.composer = composer;
    this.mailer = mailer;
    this.briefings = briefings;
    this.config = config;
  }

  /** The week a run sends when none is given: the last complete one in the schedule's time zone. */
  public String defaultWeek() {
    return IsoWeeks.lastComplete(LocalDate.now(ZoneId.of(config.weekly().timeZone())));
  }

  /** The run in progress, or the last one. */
  public Progress progress() {
    return progress.get();
  }

  /** Runs the week for every vertical, or for one ({@code verticalId} not null). */
  public Summary run(String week, String verticalId) {
    return guarded(week, verticalId, false);
  }

  /**
   * Sends again only what failed in the week, each mail up to {@code kb.mail.weekly.max-attempts} sends in all; new
   * subscriptions and skipped briefings wait for the next full run.
   */
  public Summary retryFailed(String week) {
    return guarded(week, null, true);
  }

  private Summary guarded(String week, String verticalId, boolean failedOnly) {
    if (!briefings.isResolvable()) {
      throw new ProblemException(503, "Service unavailable",
          "This build has no briefing renderer (verticalkb.briefing.WeeklyBriefings), so there is nothing to send yet.");
    }
    if (!running.compareAndSet(false, true)) {
      throw new ProblemException(409, "Conflict",
          "A weekly run is in progress; GET /api/mail/weekly/run shows how far it is. Start another when it has finished.");
    }
    try {
      Summary s = send(week, verticalId, failedOnly);
      LOG.infof("weekly mail %s%s%s: %d sent, %d failed, %d skipped, %d already sent", week, failedOnly ? " (retry)" : "",
          verticalId == null ? "" : " (" + verticalId + ")", s.sent(), s.failed(), s.skipped(), s.alreadySent());
      return s;
    } finally {
      running.set(false);
    }
  }

  private Summary send(String week, String verticalId, boolean failedOnly) {
    int sent = 0, failed = 0, skipped = 0, already = 0, done = 0;
    Map<String, Optional<RenderedBriefing>> rendered = new LinkedHashMap<>();
    List<DeliveryLog.Recipient> recipients = log.recipients(verticalId);
    Instant started = Instant.now();
    for (DeliveryLog.Recipient r : recipients) {
      progress.set(new Progress("running", week, verticalId, failedOnly, started, null, recipients.size(), done++, sent, failed,
          skipped, already));
      DeliveryLog.Attempt last = log.last(r, week);
      if (last != null && Delivery.SENT.equals(last.status())) {
        already++;
        continue;
      }
      if (failedOnly && (last == null || !Delivery.FAILED.equals(last.status()) || last.attempts() >= config.weekly().maxAttempts())) {
        continue;
      }
      Optional<RenderedBriefing> briefing;
      try {
        briefing = rendered.computeIfAbsent(r.verticalId(), v -> briefings.get().render(v, week));
      } catch (RuntimeException e) {
        // A briefing that cannot be rendered fails its subscribers only; the next vertical goes on.
        LOG.warnf(e, "weekly mail %s: the briefing of %s could not be rendered", week, r.verticalId());
        log.failed(r, week, "the briefing could not be rendered: " + e.getMessage());
        failed++;
        continue;
      }
      if (briefing.isEmpty() || briefing.get().items() == 0) {
        log.skipped(r, week, briefing.map(RenderedBriefing::edition).orElse(null),
            briefing.isEmpty() ? "no briefing: the vertical is not in the catalogue" : "the briefing of the week has no items");
        skipped++;
        continue;
      }
      if (deliver(r, week, briefing.get())) sent++;
      else failed++;
    }
    progress.set(new Progress("done", week, verticalId, failedOnly, started, Instant.now(), recipients.size(), done, sent, failed,
        skipped, already));
    return new Summary(week, verticalId, sent, failed, skipped, already);
  }

  private boolean deliver(DeliveryLog.Recipient r, String week, RenderedBriefing briefing) {
    String token = Tokens.newToken();
    log.attempting(r, week, briefing.edition(), Tokens.hash(token));
    try {
      mailer.send(composer.weekly(briefing, r.verticalName(), r.email(), token));
      log.sent(r, week);
      return true;
    } catch (RuntimeException e) {
      LOG.warnf("weekly mail %s: sending %s to %s failed: %s", week, r.verticalId(), r.email(), rootMessage(e));
      log.failed(r, week, rootMessage(e));
      return false;
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return t == e ? message : e.getClass().getSimpleName() + ": " + message;
  }
}
