-- Every unsubscribe link ever mailed keeps working: a retried weekly mail (after a send that timed out but may still
-- have arrived) carries a new token, and the first mail's link must not go dead. One row per token, stored hashed.
create table mail_unsubscribe_link (
    token_hash    varchar(64) primary key,
    subscriber_id varchar(40) not null references mail_subscriber (id),
    vertical_id   varchar(64) not null,
    created_at    timestamp with time zone not null
);
insert into mail_unsubscribe_link (token_hash, subscriber_id, vertical_id, created_at)
    select unsubscribe_token_hash, subscriber_id, vertical_id, updated_at from mail_delivery where unsubscribe_token_hash is not null;
