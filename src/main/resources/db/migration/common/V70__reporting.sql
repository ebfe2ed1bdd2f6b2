-- Reporting: the indexes the report queries group and filter on, the due date each complaint stage had when it was
-- answered (filled by the reporting module from the complaints module's public view of a case), and a small day table
-- that says when each council day ends, so that "sent on or before the due date" is compared in the council's time
-- zone by every database alike.

-- the response deadline a stage had when it was answered, extension included
alter table complaint_stage add column due_on_at_response date;

create table report_day (
    on_day  date not null primary key,
    ends_at timestamp with time zone not null
);

-- volumes by type, channel and service area over a period
create index feedback_report_channel_idx on feedback (received_at, channel);
create index feedback_report_type_area_idx on feedback (received_at, type, service_area);
-- acknowledgement timeliness over a period
create index feedback_report_ack_idx on feedback (received_at, ack_due_by, ack_sent_at);

-- complaints by process, and complaint stages opened or answered in a period
create index complaint_case_received_idx on complaint_case (received_at, process);
create index complaint_stage_opened_on_idx on complaint_stage (opened_on, feedback_id);
create index complaint_stage_responded_on_idx on complaint_stage (responded_on, feedback_id, outcome);
-- stages answered whose due date is still to be filled in
create index complaint_stage_due_at_response_idx on complaint_stage (due_on_at_response, responded_on);

-- Ombudsman referrals and decisions in a period
create index ombudsman_referral_enquiry_idx on ombudsman_referral (enquiry_on);
create index ombudsman_referral_decision_idx on ombudsman_referral (decision_on, decision);

-- remedies by stage (the primary key starts with the stage already); exclusions by reason for feedback in a period
create index classification_report_exclusion_idx on classification (exclusion, feedback_id);
