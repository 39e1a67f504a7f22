package verticalkb.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import verticalkb.ListPage;
import verticalkb.vertical.Vertical;

/**
 * Double opt-in: records who asked for which verticals, hands out confirmation tokens, confirms and unsubscribes. Sending the
 * mails is the caller's business, after the transaction has committed.
 */
@ApplicationScoped
public class SubscriptionService {

  /**
   * What to tell the address after a subscribe: the confirmation link's token for the pending verticals, or, when every
   * requested vertical was confirmed already, null and only a notice (the HTTP answer is the same either way).
   */
  public record Confirmation(String email, String name, List<String> verticalNames, String token, Instant expiresAt) {
    public boolean needed() {
      return token != null;
    }
  }

  /** What a sign-up leads to: the mail to send, or none when the address was mailed within {@code confirmation-resend-after}. */
  public record SignUp(Optional<Confirmation> mail) {}

  /** How a confirm or unsubscribe link turned out, with the vertical names to show on the page. */
  public enum Outcome {
    /** The link did what it is for. */
    DONE,
    /** The link is good and waits for the person's click (the unsubscribe page's button). */
    READY,
    /** Done before: confirmed or unsubscribed already. */
    ALREADY,
    EXPIRED,
    UNKNOWN
  }

  /** An outcome and what it was about. */
  public record LinkResult(Outcome outcome, String email, List<String> verticalNames) {
    static LinkResult unknown() {
      return new LinkResult(Outcome.UNKNOWN, null, List.of());
    }
  }

  /** A subscriber as the admin list shows it. */
  public record SubscriberView(String id, String email, String name, Instant createdAt, List<SubscriptionView> subscriptions) {}

  /** One vertical of a subscriber, with its state: pending, confirmed or unsubscribed. */
  public record SubscriptionView(String vertical, String status, Instant requestedAt, Instant confirmedAt, Instant unsubscribedAt) {}

  private final MailConfig config;

  SubscriptionService(MailConfig config) {
    this.config = config;
  }

  /**
   * Adds the verticals to the address's subscriptions (creating the subscriber on first use) and, when any of them is
   * not confirmed yet, issues a new confirmation token; an earlier link stops working. A 400 when the request is invalid.
   */
  @Transactional
  public SignUp subscribe(SubscribeRequest request) {
    List<String> verticalIds = request.validate();
    String email = request.email().strip();
    String name = request.name();
    Instant now = Instant.now();
    Subscriber s = Subscriber.byEmail(email.toLowerCase(Locale.ROOT));
    if (s == null) {
      s = new Subscriber();
      s.id = UUID.randomUUID().toString();
      s.email = email.toLowerCase(Locale.ROOT);
      s.createdAt = now;
      s.persist();
    }
    // The sign-up is public: a name given later must not replace the one the address came with (nor is any name echoed
    // in the confirmation mail), so that nobody can put their words into mail to someone else's address.
    if (s.name == null && name != null && !name.isBlank()) s.name = name.strip();
    List<String> pending = new ArrayList<>();
    for (String verticalId : verticalIds) {
      Subscription sub = Subscription.findById(new Subscription.Key(s.id, verticalId));
      if (sub == null) {
        sub = new Subscription();
        sub.key = new Subscription.Key(s.id, verticalId);
        sub.requestedAt = now;
        sub.persist();
      } else if (!sub.active()) {
        // Re-subscribing after an unsubscribe needs a new confirmation, as a first subscription does.
        sub.requestedAt = now;
        sub.confirmedAt = null;
        sub.unsubscribedAt = null;
      }
    }
    for (Subscription sub : Subscription.of(s.id)) if ("pending".equals(sub.status())) pending.add(sub.key.verticalId());
    // Mailed a moment ago: the link in that mail still works (and confirms the verticals added since), so nothing is sent.
    if (s.lastMailedAt != null && now.isBefore(s.lastMailedAt.plus(config.confirmationResendAfter()))) return new SignUp(Optional.empty());
    s.lastMailedAt = now;
    if (pending.isEmpty()) return new SignUp(Optional.of(new Confirmation(s.email, s.name, names(verticalIds), null, null)));
    String token = Tokens.newToken();
    s.confirmTokenHash = Tokens.hash(token);
    s.confirmExpiresAt = now.plus(config.confirmationExpiry());
    return new SignUp(Optional.of(new Confirmation(s.email, s.name, names(pending), token, s.confirmExpiresAt)));
  }

  /** The sign-up mail to {@code email} did not go out: the next sign-up may mail it again at once. */
  @Transactional
  public void mailFailed(String email) {
    Subscriber s = Subscriber.byEmail(email.toLowerCase(Locale.ROOT));
    if (s != null) s.lastMailedAt = null;
  }

  /**
   * What the token's confirmation link stands for; with {@code apply}, confirms every pending vertical of its subscriber.
   * Without, a good link answers {@code READY}: opening a link must not confirm, since mail scanners open every link.
   */
  @Transactional
  public LinkResult confirm(String token, boolean apply) {
    Subscriber s = Subscriber.byConfirmToken(Tokens.hash(token));
    if (s == null) return LinkResult.unknown();
    List<Subscription> pending = Subscription.of(s.id).stream().filter(sub -> "pending".equals(sub.status())).toList();
    List<String> names = names(pending.stream().map(sub -> sub.key.verticalId()).toList());
    if (pending.isEmpty()) {
      List<String> active = Subscription.of(s.id).stream().filter(Subscription::active).map(sub -> sub.key.verticalId()).toList();
      return new LinkResult(Outcome.ALREADY, s.email, names(active));
    }
    Instant now = Instant.now();
    if (s.confirmExpiresAt == null || s.confirmExpiresAt.isBefore(now)) return new LinkResult(Outcome.EXPIRED, s.email, names);
    if (!apply) return new LinkResult(Outcome.READY, s.email, names);
    for (Subscription sub : pending) sub.confirmedAt = now;
    return new LinkResult(Outcome.DONE, s.email, names);
  }

  /** The subscription an unsubscribe link (from one weekly mail) stands for; with {@code apply}, ends it. Idempotent. */
  @Transactional
  public LinkResult unsubscribe(String token, boolean apply) {
    UnsubscribeLink link = UnsubscribeLink.findById(Tokens.hash(token));
    if (link == null) return LinkResult.unknown();
    Subscription sub = Subscription.findById(new Subscription.Key(link.subscriberId, link.verticalId));
    Subscriber s = Subscriber.findById(link.subscriberId);
    if (sub == null || s == null) return LinkResult.unknown();
    List<String> names = names(List.of(link.verticalId));
    if (sub.unsubscribedAt != null) return new LinkResult(Outcome.ALREADY, s.email, names);
    if (apply) sub.unsubscribedAt = Instant.now();
    return new LinkResult(apply ? Outcome.DONE : Outcome.READY, s.email, names);
  }

  /** Subscribers, newest first, with each vertical's state. */
  @Transactional
  public ListPage<SubscriberView> list(int limit, int offset) {
    List<Subscriber> page = Subscriber.<Subscriber>find("order by createdAt desc, id").range(offset, offset + limit - 1).list();
    List<SubscriberView> items = page.stream().map(s -> new SubscriberView(s.id, s.email, s.name, s.createdAt,
        Subscription.of(s.id).stream().map(sub -> new SubscriptionView(sub.key.verticalId(), sub.status(), sub.requestedAt,
            sub.confirmedAt, sub.unsubscribedAt)).toList())).toList();
    return new ListPage<>(items, Subscriber.count());
  }

  /** Display names of verticals, the id where a vertical is gone. */
  static List<String> names(List<String> verticalIds) {
    return verticalIds.stream().map(id -> {
      Vertical v = Vertical.findById(id);
      return v == null || v.name == null ? id : v.name;
    }).toList();
  }
}
