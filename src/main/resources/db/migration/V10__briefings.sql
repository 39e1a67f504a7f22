-- Briefings: the editors' curation of a vertical's week (pin, hide, annotate a document) and the published editions,
-- each a frozen copy of the briefing as subscribers got it. Publishing a week again adds a revision; the newest wins.
create table briefing_curation (
    id           varchar(36)   primary key,
    vertical_id  varchar(160)  not null,
    iso_week     varchar(8)    not null,
    document_id  varchar(512)  not null,
    pinned       boolean       not null,
    pin_order    bigint,
    hidden       boolean       not null,
    note         varchar(4000),
    updated_by   varchar(160),
    updated_at   timestamp with time zone not null,
    constraint briefing_curation_document unique (vertical_id, iso_week, document_id)
);

create table briefing_edition (
    id            varchar(36)   primary key,
    vertical_id   varchar(160)  not null,
    iso_week      varchar(8)    not null,
    revision      integer       not null,
    title         varchar(500),
    intro         varchar(4000),
    published_at  timestamp with time zone not null,
    published_by  varchar(160),
    body          varchar       not null,
    constraint briefing_edition_revision unique (vertical_id, iso_week, revision)
);
