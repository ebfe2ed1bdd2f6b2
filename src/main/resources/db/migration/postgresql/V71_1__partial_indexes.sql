-- Acknowledgements still to send are found through feedback_ack_outstanding_idx (ack_due_by where ack_sent_at is null).
drop index feedback_ack_due_idx;
-- Contact lookups (staff search, person matching) only ever ask for a value, so cases without an email address, phone
-- number or postcode (anonymous feedback, letters without an email, most imported cases) need no entry.
drop index feedback_email_idx;
drop index feedback_phone_idx;
drop index feedback_postcode_idx;
create index feedback_email_idx on feedback (contact_email_normalised) where contact_email_normalised is not null;
create index feedback_phone_idx on feedback (contact_phone_normalised) where contact_phone_normalised is not null;
create index feedback_postcode_idx on feedback (postcode_normalised) where postcode_normalised is not null;
