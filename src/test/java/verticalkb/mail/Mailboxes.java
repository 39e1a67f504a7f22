package verticalkb.mail;

import static verticalkb.Api.anonymous;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what arrived at the test SMTP server, and subscribing through the API as a person would. */
final class Mailboxes {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/subscriptions/[a-z]+\\?token=[A-Za-z0-9_%-]+)");

  private static final long POLL_MILLIS = 50;

  private Mailboxes() {}

  /** A fresh address, so that each test sees only its own mail. */
  static String newAddress(String label) {
    return label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  static List<MimeMessage> to(GreenMail smtp, String email) {
    return Arrays.stream(smtp.getReceivedMessagesForDomain(email)).toList();
  }

  /** The mails to {@code email} once there are {@code count}, or what there is after the test server's longest stall. */
  static List<MimeMessage> await(GreenMail smtp, String email, int count) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(2 * SmtpServer.SLOW_MILLIS);
    List<MimeMessage> mails = to(smtp, email);
    while (mails.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(POLL_MILLIS);
      mails = to(smtp, email);
    }
    return mails;
  }

  /** The parts of a multipart/alternative mail by content type, e.g. text/plain, text/html. */
  static List<String> partTypes(MimeMessage m) throws Exception {
    List<String> types = new ArrayList<>();
    Multipart mp = (Multipart) m.getContent();
    for (int i = 0; i < mp.getCount(); i++) types.add(mp.getBodyPart(i).getContentType().split(";")[0].trim().toLowerCase());
    return types;
  }

  static String part(MimeMessage m, String type) throws Exception {
    Multipart mp = (Multipart) m.getContent();
    for (int i = 0; i < mp.getCount(); i++) {
      BodyPart p = mp.getBodyPart(i);
      if (p.getContentType().toLowerCase().startsWith(type)) return p.getContent().toString();
    }
    throw new AssertionError("no " + type + " part in " + m.getSubject());
  }

  /** The path and query of the first /subscriptions/… link in the text part: what a person would click. */
  static String linkPath(MimeMessage m) throws Exception {
    Matcher matcher = LINK.matcher(part(m, "text/plain"));
    if (!matcher.find()) throw new AssertionError("no subscription link in " + m.getSubject());
    return matcher.group(1);
  }

  /** Path and query of the List-Unsubscribe header's URL. */
  static String unsubscribePath(MimeMessage m) throws Exception {
    Matcher matcher = LINK.matcher(m.getHeader("List-Unsubscribe", null));
    if (!matcher.find()) throw new AssertionError("no List-Unsubscribe URL in " + m.getSubject());
    return matcher.group(1);
  }

  static void subscribe(String email, String... verticals) {
    anonymous().body(Map.of("email", email, "verticals", List.of(verticals))).post("/api/subscriptions").then().statusCode(202);
  }

  /** Subscribes and clicks the link of the confirmation mail. */
  static void confirmed(GreenMail smtp, String email, String... verticals) throws Exception {
    subscribe(email, verticals);
    List<MimeMessage> mails = to(smtp, email);
    anonymous().post(linkPath(mails.get(mails.size() - 1))).then().statusCode(200);
  }
}
