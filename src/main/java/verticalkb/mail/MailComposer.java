package verticalkb.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import verticalkb.KbConfig;
import verticalkb.briefing.WeeklyBriefings.RenderedBriefing;

/** Builds the mails: the confirmation of a subscription and one weekly briefing, each with an html and a text part. */
@ApplicationScoped
public class MailComposer {

  static final String CONFIRM_PATH = "/subscriptions/confirm";
  static final String UNSUBSCRIBE_PATH = "/subscriptions/unsubscribe";
  private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private final MailConfig config;
  private final String publicUrl;
  private final Template confirmHtml;
  private final Template confirmText;
  private final Template footerHtml;
  private final Template footerText;

  MailComposer(MailConfig config, KbConfig kb, @Location("mail/confirm.html") Template confirmHtml,
      @Location("mail/confirm.txt") Template confirmText, @Location("mail/footer.html") Template footerHtml,
      @Location("mail/footer.txt") Template footerText) {
    this.config = config;
    this.publicUrl = kb.publicUrl().replaceAll("/+$", "");
    this.confirmHtml = confirmHtml;
    this.confirmText = confirmText;
    this.footerHtml = footerHtml;
    this.footerText = footerText;
  }

  Mail confirmation(SubscriptionService.Confirmation c) {
    String subject = config.subjectPrefix() + (c.needed() ? " Confirm your subscription" : " You are subscribed already");
    String link = c.needed() ? link(CONFIRM_PATH, c.token()) : null;
    String expires = c.needed() ? EXPIRY.format(c.expiresAt()) : null;
    String verticals = String.join(", ", c.verticalNames());
    String html = confirmHtml.data("subject", subject).data("verticals", verticals)
        .data("link", link).data("expires", expires).render();
    String text = confirmText.data("verticals", verticals).data("link", link).data("expires", expires)
        .render();
    return Mail.withHtml(c.email(), subject, html).setText(text).setFrom(config.from());
  }

  /**
   * One weekly briefing for one address, its footer and List-Unsubscribe headers carrying this mail's own unsubscribe link
   * (RFC 2369; RFC 8058 one-click: mail clients POST to the link without a person opening it).
   */
  Mail weekly(RenderedBriefing briefing, String verticalName, String email, String unsubscribeToken) {
    String unsubscribe = link(UNSUBSCRIBE_PATH, unsubscribeToken);
    String footer = footerHtml.data("vertical", verticalName).data("unsubscribe", unsubscribe).render();
    String html = withFooter(briefing.html(), footer);
    String text = briefing.text() + footerText.data("vertical", verticalName).data("unsubscribe", unsubscribe).render();
    return Mail.withHtml(email, config.subjectPrefix() + " " + briefing.subject(), html).setText(text).setFrom(config.from())
        .addHeader("List-Unsubscribe", "<" + unsubscribe + ">")
        .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
  }

  /** The footer goes inside the body when the briefing is a whole document, at the end otherwise. */
  static String withFooter(String html, String footer) {
    int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    return end < 0 ? html + footer : html.substring(0, end) + footer + html.substring(end);
  }

  private String link(String path, String token) {
    return publicUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
