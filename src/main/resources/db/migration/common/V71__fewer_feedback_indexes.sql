-- Fewer indexes on feedback: every submission and every imported case updates each of them, and over a million cases
-- each costs a page read and write that the request or the import pays for.
--
-- The three report indexes led with received_at, as does feedback_received_at_idx; on PostgreSQL the reports now read
-- that one index alone (V71_1 adds the columns they count by), elsewhere the period's rows.
drop index feedback_report_channel_idx;
drop index feedback_report_type_area_idx;
drop index feedback_report_ack_idx;
-- The retention job walks closed feedback in id order: the primary key serves it, closed cases being most of them.
drop index feedback_retention_idx;
