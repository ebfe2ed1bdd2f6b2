-- The embedded database searches with plain indexes; PostgreSQL uses full text and trigram indexes.
create index feedback_contact_name_idx on feedback (contact_name);
