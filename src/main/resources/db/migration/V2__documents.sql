-- Documents: the truth behind the search index. `body` holds the whole document as JSON (KbDocument), so that the
-- index can always be rebuilt from this table; the other columns serve look-ups and de-duplication.
create table document (
    id           varchar(512)  primary key,
    url          varchar(4096),
    type         varchar(32)   not null,
    title        varchar(2000),
    source_id    varchar(160),
    published    timestamp with time zone,
    content_hash varchar(64),
    body         varchar      not null,
    updated_at   timestamp with time zone not null
);
create index document_url on document (url);
create index document_source on document (source_id);
create index document_hash on document (content_hash);
