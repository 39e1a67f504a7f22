package verticalkb.mail;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Says at start-up whether mail really goes out: the embedded default only logs mails (quarkus.mailer.mock), so that a
 * first run needs no SMTP server; the warning tells the operator how to switch to real sending.
 */
@ApplicationScoped
public class MailerModeReport {

  private static final Logger LOG = Logger.getLogger(MailerModeReport.class);

  private final boolean mock;
  private final String host;
  private final int port;

  MailerModeReport(@ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false") boolean mock,
      @ConfigProperty(name = "quarkus.mailer.host", defaultValue = "localhost") String host,
      @ConfigProperty(name = "quarkus.mailer.port", defaultValue = "25") int port) {
    this.mock = mock;
    this.host = host;
    this.port = port;
  }

  void onStart(@Observes StartupEvent event) {
    if (mock) {
      LOG.warn("mail: simulated, not sent (quarkus.mailer.mock=true): confirmations and briefings are only logged. To send, set "
          + "QUARKUS_MAILER_MOCK=false and QUARKUS_MAILER_HOST, _PORT, _USERNAME, _PASSWORD (README, Subscriptions and the weekly e-mail)");
    } else {
      LOG.infof("mail: sent over SMTP to %s:%d", host, port);
    }
  }
}
