package verticalkb.mail;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import java.net.Socket;
import java.util.HashMap;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) in-process on a free port, for every {@code @QuarkusTest} run: the Quarkus mailer sends to
 * it over SMTP (not the mock mailer). An address can be made to fail: {@link #refuse} makes the server answer the mail's
 * DATA with a 451, as a real server with a broken mailbox does.
 */
@QuarkusTestResource(value = SmtpServer.class, restrictToAnnotatedClass = false)
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

  /** The password marking a GreenMail user whose mail is refused (the state lives in GreenMail, shared with the tests). */
  private static final String REFUSED = "refused-by-test";
  /** The password marking a user whose mail the server takes only after {@link #SLOW_MILLIS}: longer than the send timeout. */
  private static final String SLOW = "slow-by-test";
  static final long SLOW_MILLIS = 6000;
  private static final long GREETING_DELAY_MILLIS = 200;
  private GreenMail greenMail;

  @Override
  public Map<String, String> start() {
    greenMail = new PatientGreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    UserManager users = greenMail.getUserManager();
    users.setMessageDeliveryHandler((message, address) -> {
      GreenMailUser user = users.getUserByEmail(address.getEmail());
      if (user != null && REFUSED.equals(user.getPassword())) {
        throw new MessagingException("mailbox of " + address.getEmail() + " unavailable (refused by the test)");
      }
      if (user != null && SLOW.equals(user.getPassword())) {
        try {
          Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return user != null ? user : users.createUser(address.getEmail(), address.getEmail(), address.getEmail());
    });
    greenMail.start();
    return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(greenMail.getSmtp().getPort()));
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(greenMail, new TestInjector.AnnotatedAndMatchesType(InjectSmtp.class, GreenMail.class));
  }

  @Override
  public void stop() {
    if (greenMail != null) greenMail.stop();
  }

  /**
   * GreenMail whose SMTP greeting waits {@value #GREETING_DELAY_MILLIS} ms. The Vert.x mail client (under Quarkus Mailer) now
   * and then lost the start of a greeting that arrived at once, on a loaded machine: it read "eenMail SMTP Service ready" and
   * failed, or read nothing and waited until GreenMail hung up 30 s later. Over a network a real server's greeting is never
   * that quick, so the delay makes the test server realistic rather than hiding a fault of ours.
   */
  static final class PatientGreenMail extends GreenMail {

    PatientGreenMail(ServerSetup setup) {
      super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
      Map<String, AbstractServer> services = new HashMap<>();
      for (ServerSetup setup : setups) services.put(setup.getProtocol(), new PatientSmtp(setup, managers));
      return services;
    }
  }

  private static final class PatientSmtp extends com.icegreen.greenmail.smtp.SmtpServer {

    PatientSmtp(ServerSetup setup, Managers managers) {
      super(setup, managers);
    }

    @Override
    protected ProtocolHandler createProtocolHandler(Socket socket) {
      return new SmtpHandler(new SmtpCommandRegistry(), managers.getSmtpManager(), socket) {
        @Override
        protected void sendGreetings() {
          try {
            Thread.sleep(GREETING_DELAY_MILLIS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          super.sendGreetings();
        }
      };
    }
  }

  /** From now on, mail to {@code email} fails at the server. */
  static void refuse(GreenMail greenMail, String email) throws Exception {
    GreenMailUser user = greenMail.getUserManager().getUserByEmail(email);
    if (user == null) greenMail.setUser(email, email, REFUSED);
    else user.setPassword(REFUSED);
  }

  /** From now on, the server answers mail to {@code email} only after {@link #SLOW_MILLIS}. */
  static void stall(GreenMail greenMail, String email) {
    greenMail.getUserManager().getUserByEmail(email).setPassword(SLOW);
  }

  /** Every address is served normally again: what a test refused or stalled does not leak into the next one. */
  static void acceptAll(GreenMail greenMail) {
    for (GreenMailUser user : greenMail.getUserManager().listUser()) {
      if (REFUSED.equals(user.getPassword()) || SLOW.equals(user.getPassword())) user.setPassword(user.getEmail());
    }
  }

  /** Mail to {@code email} is delivered again. */
  static void accept(GreenMail greenMail, String email) {
    greenMail.getUserManager().getUserByEmail(email).setPassword(email);
  }
}
