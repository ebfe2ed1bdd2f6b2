-- Classification by staff: the type decided, and for a complaint the process or why the procedure does not apply.
-- One row per piece of feedback (a reclassification replaces it; the timeline keeps the history). The exclusion
-- column lets reports count exclusions by reason.
create table classification (
    feedback_id          bigint       not null primary key references feedback (id),
    type                 varchar(20)  not null,
    chosen_type          varchar(20)  not null,
    process              varchar(30),
    exclusion            varchar(40),
    reason               text,
    out_of_time_accepted boolean      not null,
    classified_by        varchar(100) not null,
    classified_at        timestamp with time zone not null
);
create index classification_type_idx on classification (type, classified_at);
create index classification_process_idx on classification (process, classified_at);
create index classification_exclusion_idx on classification (exclusion, classified_at);
