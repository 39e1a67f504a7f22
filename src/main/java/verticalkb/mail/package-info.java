/** Subscriptions to the weekly briefing e-mail (double opt-in, one-click unsubscribe), the weekly send and its delivery log. */
package verticalkb.mail;
