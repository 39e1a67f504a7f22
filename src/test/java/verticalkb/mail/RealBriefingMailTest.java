package verticalkb.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static verticalkb.mail.Mailboxes.confirmed;
import static verticalkb.mail.Mailboxes.newAddress;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import verticalkb.Api;

/** The weekly mail with the real briefing: what an editor sees on the briefing page is what a subscriber receives. */
@QuarkusTest
class RealBriefingMailTest {

  private static final String WEEK = "2019-W10";

  @InjectSmtp
  GreenMail smtp;

  @Test
  void aSubscriberReceivesTheWeeksPublicationsWithAWayOut() throws Exception {
    String title = "Ward rounds go digital " + UUID.randomUUID().toString().substring(0, 8);
    String doc = "{\"id\":\"mail-" + title.hashCode() + "\",\"type\":\"publication\",\"title\":\"" + title
        + "\",\"text\":\"Hospitals moved ward rounds to tablets.\",\"published\":\"2019-03-06T10:00:00Z\",\"verticals\":[\"healthcare\"]}\n";
    Api.admin().contentType("application/x-ndjson").body(doc.getBytes(StandardCharsets.UTF_8)).post("/api/documents").then().statusCode(200);
    String reader = newAddress("real");
    confirmed(smtp, reader, "healthcare");

    Api.admin().post("/api/mail/weekly/run?week=" + WEEK + "&vertical=healthcare").then().statusCode(200).body("week", equalTo(WEEK));

    List<MimeMessage> weekly = Mailboxes.await(smtp, reader, 2).stream().skip(1).toList();
    assertThat(weekly).hasSize(1);
    MimeMessage mail = weekly.get(0);
    assertThat(mail.getSubject()).contains("Healthcare");
    assertThat(Mailboxes.part(mail, "text/html")).contains(title, "https://kb.example.test/", "/subscriptions/unsubscribe?token=");
    assertThat(Mailboxes.part(mail, "text/plain")).contains(title, "/subscriptions/unsubscribe?token=");
    assertThat(mail.getHeader("List-Unsubscribe", null)).startsWith("<https://kb.example.test/subscriptions/unsubscribe?token=");
  }
}
