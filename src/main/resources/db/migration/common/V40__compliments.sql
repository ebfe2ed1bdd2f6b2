-- Compliments: who or what each one praises, and when and to whom it was passed on. A row exists for every piece of
-- feedback that is (or was) a compliment; "active" is false once staff classify it as something else.
create table compliment (
    feedback_id          bigint       not null primary key references feedback (id),
    reference            varchar(32)  not null,
    received_at          timestamp with time zone not null,
    service_area         varchar(60),
    active               boolean      not null,
    praised_kind         varchar(10),
    praised_name         varchar(200),
    praised_email        varchar(254),
    praised_service_area varchar(60),
    recorded_by          varchar(100),
    recorded_at          timestamp with time zone,
    passed_on_at         timestamp with time zone,
    passed_on_to         varchar(2000),
    constraint compliment_reference_unique unique (reference)
);
-- counts by service area over a period
create index compliment_received_idx on compliment (received_at, service_area);
