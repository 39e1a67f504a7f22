package verticalkb.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static verticalkb.Api.admin;
import static verticalkb.Api.anonymous;
import static verticalkb.mail.Mailboxes.linkPath;
import static verticalkb.mail.Mailboxes.newAddress;
import static verticalkb.mail.Mailboxes.to;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public sign-up mails an address at most once in {@code kb.mail.confirmation-resend-after}: no flooding an inbox. */
@QuarkusTest
@TestProfile(ConfirmationRateTest.TenMinutes.class)
class ConfirmationRateTest {

  public static class TenMinutes implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("kb.mail.confirmation-resend-after", "10m");
    }
  }

  @InjectSmtp
  GreenMail smtp;

  @Test
  void signingUpAgainAtOnceAnswersTheSameSendsNothingAndTheFirstLinkConfirmsBoth() throws Exception {
    String email = newAddress("flood");
    String first = anonymous().body(Map.of("email", email, "verticals", List.of("healthcare"))).post("/api/subscriptions")
        .then().statusCode(202).extract().asString();
    for (int i = 0; i < 3; i++) {
      String again = anonymous().body(Map.of("email", email, "verticals", List.of("healthcare", "government")))
          .post("/api/subscriptions").then().statusCode(202).extract().asString();
      assertThat(again).isEqualTo(first);
    }
    assertThat(Mailboxes.await(smtp, email, 1)).hasSize(1);
    Thread.sleep(500); // a second mail, were one sent, would have arrived by now
    assertThat(to(smtp, email)).hasSize(1);

    anonymous().post(linkPath(to(smtp, email).get(0))).then().statusCode(200);
    var list = admin().get("/api/subscriptions?limit=500").then().statusCode(200).extract().jsonPath();
    int i = list.getList("items.email", String.class).indexOf(email);
    assertThat(list.getList("items[" + i + "].subscriptions.status", String.class)).containsExactly("confirmed", "confirmed");
  }
}
