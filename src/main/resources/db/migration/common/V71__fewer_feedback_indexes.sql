-- Fewer indexes on feedback: every submission and every imported case updates each of them, and over a million cases
-- each costs a page read and write that the request or the import pays for.
--
-- The three report indexes led with received_at, as does feedback_received_at_idx, which the reports now use to find
-- a period's cases (a year's annual report stays well under its five seconds over a million cases). Carrying the
-- reported columns in that index instead made it wide enough to slow the staff search, which reads it for its newest
-- month and year.
drop index feedback_report_channel_idx;
drop index feedback_report_type_area_idx;
drop index feedback_report_ack_idx;
-- The retention job walks closed feedback in id order: the primary key serves it, closed cases being most of them.
drop index feedback_retention_idx;
