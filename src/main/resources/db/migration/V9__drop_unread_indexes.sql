-- Indexes that no query reads, dropped: every stored page paid for maintaining them (ten B-tree inserts per page in
-- the crawl's document writer). Near-duplicates are found in memory (classify.FingerprintIndex, filled from this
-- table by primary key order), so the band, hash, canonical-URL and cluster indexes of V4 serve nothing; documents
-- are read by id only, so V2's url, source and content-hash indexes neither. Portable SQL (H2, PostgreSQL).
drop index if exists fingerprint_band0;
drop index if exists fingerprint_band1;
drop index if exists fingerprint_band2;
drop index if exists fingerprint_band3;
drop index if exists fingerprint_hash;
drop index if exists fingerprint_canonical;
drop index if exists fingerprint_cluster;
drop index if exists document_url;
drop index if exists document_source;
drop index if exists document_hash;
