-- Suggestions: the service each one was passed to, the decision due from it, the decision and the reminders sent.
-- A row exists for every piece of feedback that is (or was) a suggestion; "active" is false once it is reclassified.
create table suggestion (
    feedback_id         bigint       not null primary key references feedback (id),
    reference           varchar(32)  not null,
    received_at         timestamp with time zone not null,
    service_area        varchar(60),
    active              boolean      not null,
    passed_on_at        timestamp with time zone,
    passed_to           varchar(254),
    decision_due_by     date,
    decision            varchar(30),
    explanation         text,
    decided_by          varchar(100),
    decided_at          timestamp with time zone,
    due_reminder_at     timestamp with time zone,
    overdue_reminder_at timestamp with time zone,
    constraint suggestion_reference_unique unique (reference)
);
-- the reminder queue: undecided suggestions by due date
create index suggestion_awaiting_decision_idx on suggestion (decided_at, decision_due_by);
-- counts by outcome over a period
create index suggestion_received_idx on suggestion (received_at, decision);
