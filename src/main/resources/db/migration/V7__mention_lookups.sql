-- The expert listener reads mentions per batch with "vertical_id = ? and name_key in (...)" and
-- "vertical_id = ? and document_id in (...)". An IN list can only seek on an index whose first column it
-- constrains (H2 uses the leading column for IN; PostgreSQL does better with it too), so with vertical_id first
-- every batch scanned all the vertical's mentions: a cost that grew with the crawl. These lead with the IN column.
create index person_mention_name_first on person_mention (name_key, vertical_id);
create index person_mention_document on person_mention (document_id, vertical_id);
