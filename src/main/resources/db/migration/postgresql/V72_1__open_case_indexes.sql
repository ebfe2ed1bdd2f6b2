-- The work queue's status indexes hold only open cases. Closed and signposted cases are most of a council's history
-- (nine in ten of an import from a legacy system) and are never listed by status from an index: a search for them
-- reads the received-at index, where they are the majority. Each closed case written, imported or closed, now updates
-- two fewer indexes. The status filter is written as a literal (an enum name), so every plan can use these indexes.
drop index feedback_status_idx;
drop index feedback_status_area_idx;
create index feedback_status_idx on feedback (status, received_at desc)
    where status in ('RECEIVED', 'IN_PROGRESS', 'RESPONDED');
create index feedback_status_area_idx on feedback (status, service_area, received_at desc)
    where status in ('RECEIVED', 'IN_PROGRESS', 'RESPONDED');
-- Acknowledgements still to send: only cases that have a due date (imported history and anonymous feedback have none).
drop index feedback_ack_outstanding_idx;
create index feedback_ack_outstanding_idx on feedback (ack_due_by) where ack_sent_at is null and ack_due_by is not null;
