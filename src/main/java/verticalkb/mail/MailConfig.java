package verticalkb.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The {@code kb.mail.*} settings: sender, subjects, confirmation links and the weekly schedule. */
@ConfigMapping(prefix = "kb.mail")
public interface MailConfig {

  /** The From of every mail; the SMTP server must accept it as a sender. */
  @WithDefault("Vertical KB <briefings@localhost>")
  String from();

  /** Put before every subject, so that subscribers can filter the mails. */
  @WithDefault("[Vertical KB]")
  String subjectPrefix();

  /**
   * A sign-up mails an address at most once in this time: asking again sooner answers the same and sends nothing (the
   * link already sent still works), so that the public sign-up cannot flood someone's inbox.
   */
  @WithDefault("5m")
  Duration confirmationResendAfter();

  /** How long a confirmation link works; after that, subscribing again sends a new one. */
  @WithDefault("72h")
  Duration confirmationExpiry();

  /** How long one mail may take to be accepted by the SMTP server before it counts as failed. */
  @WithDefault("60s")
  Duration sendTimeout();

  /** Largest page of the subscription and delivery lists. */
  @WithDefault("500")
  int maxPage();

  /** The weekly send. */
  Weekly weekly();

  /** {@code kb.mail.weekly.*}. */
  interface Weekly {

    /** When the weekly run starts (Quartz cron: seconds minutes hours day-of-month month day-of-week). */
    @WithDefault("0 0 7 ? * MON")
    String cron();

    /** The time zone the cron is read in. */
    @WithDefault("UTC")
    String timeZone();

    /** How often mails of the current week that failed are sent again (a duration: 1h, 30m). */
    @WithDefault("1h")
    String retryEvery();

    /** Sends per mail after which the automatic retry gives up (an admin's run still tries). */
    @WithDefault("5")
    int maxAttempts();
  }
}
