-- Staff search: full text over the description and name, trigram matching on names (no LIKE '%…%' scans).
create extension if not exists pg_trgm;

alter table feedback add column search_vector tsvector
    generated always as (to_tsvector('english', coalesce(contact_name, '') || ' ' || description)) stored;
create index feedback_search_idx on feedback using gin (search_vector);
create index feedback_name_trgm_idx on feedback using gin (lower(contact_name) gin_trgm_ops);
create index feedback_ack_outstanding_idx on feedback (ack_due_by) where ack_sent_at is null;
