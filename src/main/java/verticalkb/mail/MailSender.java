package verticalkb.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends one mail and waits for the SMTP server's answer, at most {@code kb.mail.send-timeout}: a server that stops
 * answering fails that one mail (recorded, retried by the next run) instead of holding a run or a request forever.
 * Blocks: call it from a worker thread, never from the event loop.
 */
@ApplicationScoped
public class MailSender {

  private final ReactiveMailer mailer;
  private final MailConfig config;

  MailSender(ReactiveMailer mailer, MailConfig config) {
    this.mailer = mailer;
    this.config = config;
  }

  void send(Mail mail) {
    mailer.send(mail).await().atMost(config.sendTimeout());
  }
}
