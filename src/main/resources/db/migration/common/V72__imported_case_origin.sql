-- Where an imported case came from: the bulk import and the line of its file. The case's "Imported" timeline entry is
-- made from these and the case's own columns (recorded_by, received_at, channel) rather than stored as a row of
-- feedback_event: a million-row import then writes one row per case instead of two, with no second set of index entries
-- and no foreign-key check per row. Cases imported before this migration keep their stored entry (import_id is null).
alter table feedback add column import_id bigint;
alter table feedback add column import_line bigint;
