-- Subscriptions to the weekly briefing e-mail (double opt-in) and the delivery log of every send attempt.
-- Tokens are stored as SHA-256 hashes only: the database alone does not give anyone a working confirm or unsubscribe link.
-- Portable SQL (H2 and PostgreSQL).

create table mail_subscriber (
    id                 varchar(40)  primary key,
    email              varchar(254) not null,
    name               varchar(200),
    created_at         timestamp with time zone not null,
    confirm_token_hash varchar(64),
    confirm_expires_at timestamp with time zone,
    constraint mail_subscriber_email unique (email),
    constraint mail_subscriber_confirm_token unique (confirm_token_hash)
);

-- One row per subscriber and vertical: pending until confirmed; unsubscribing keeps the row (and the history).
create table mail_subscription (
    subscriber_id   varchar(40) not null references mail_subscriber (id),
    vertical_id     varchar(64) not null,
    requested_at    timestamp with time zone not null,
    confirmed_at    timestamp with time zone,
    unsubscribed_at timestamp with time zone,
    primary key (subscriber_id, vertical_id)
);
create index mail_subscription_vertical on mail_subscription (vertical_id);

-- One row per subscriber, vertical and ISO week: the unique key is what keeps a second run from sending twice.
create table mail_delivery (
    id                     varchar(40)  primary key,
    subscriber_id          varchar(40)  not null references mail_subscriber (id),
    vertical_id            varchar(64)  not null,
    week                   varchar(8)   not null,
    edition                varchar(100),
    status                 varchar(16)  not null,
    error                  varchar(2000),
    attempts               integer      not null default 0,
    unsubscribe_token_hash varchar(64),
    updated_at             timestamp with time zone not null,
    constraint mail_delivery_once unique (subscriber_id, vertical_id, week),
    constraint mail_delivery_unsubscribe_token unique (unsubscribe_token_hash)
);
create index mail_delivery_updated on mail_delivery (updated_at);
