-- When a sign-up last mailed the address: signing up again sooner sends nothing (kb.mail.confirmation-resend-after),
-- so that the public sign-up cannot be used to flood someone's inbox.
alter table mail_subscriber add column last_mailed_at timestamp with time zone;
