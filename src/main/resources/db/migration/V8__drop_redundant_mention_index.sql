-- person_mention_name (vertical_id, name_key) is redundant since V7: the look-ups by name use
-- person_mention_name_first (name_key, vertical_id), and the ones by vertical alone the natural unique index, which
-- also leads with vertical_id. Every mention written paid for maintaining it. Portable SQL (H2, PostgreSQL).
drop index if exists person_mention_name;
