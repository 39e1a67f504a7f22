-- Fingerprints of documents for duplicate detection: exact (content hash, canonical URL) and near (64-bit SimHash).
-- The SimHash is also split into four 16-bit bands: two fingerprints within Hamming distance 3 share at least one
-- band (pigeonhole), so near-duplicate candidates are found by four indexed equality look-ups, not a scan.
create table fingerprint (
    document_id   varchar(512) primary key,
    simhash       bigint,
    band0         integer,
    band1         integer,
    band2         integer,
    band3         integer,
    content_hash  varchar(64),
    canonical_url varchar(4096),
    source_id     varchar(160),
    cluster_id    varchar(512) not null,
    created_at    timestamp with time zone not null
);
create index fingerprint_band0 on fingerprint (band0);
create index fingerprint_band1 on fingerprint (band1);
create index fingerprint_band2 on fingerprint (band2);
create index fingerprint_band3 on fingerprint (band3);
create index fingerprint_hash on fingerprint (content_hash);
create index fingerprint_canonical on fingerprint (canonical_url);
create index fingerprint_cluster on fingerprint (cluster_id);
