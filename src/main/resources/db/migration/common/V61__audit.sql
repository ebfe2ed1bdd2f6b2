-- The audit trail (access module): every view of a case and every change, chained by hash. Entries are numbered from
-- 1 without gaps; audit_chain_head holds the number and hash of the last entry and is locked (select … for update) by
-- every append, so the chain never forks, whatever the number of nodes. On PostgreSQL, V61_1 makes audit_entry
-- append-only.
create table audit_entry (
    id             bigint       primary key,
    at             timestamp with time zone not null,
    actor          varchar(100) not null,
    action         varchar(60)  not null,
    reference      varchar(32),
    person_id      bigint,
    detail         varchar(1000),
    client_address varchar(100),
    previous_hash  varchar(64)  not null,
    hash           varchar(64)  not null
);
create index audit_entry_reference_idx on audit_entry (reference, id);
create index audit_entry_person_idx on audit_entry (person_id, id);

create table audit_chain_head (
    id        integer      primary key,
    last_id   bigint       not null,
    last_hash varchar(64)  not null,
    constraint audit_chain_head_single check (id = 1)
);
insert into audit_chain_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Case-level confidentiality (access module): a case restricted to named officers, and the member of staff a case is
-- about (who never sees the complainant's details).
create table case_access (
    reference              varchar(32)  primary key,
    restricted             boolean      not null,
    subject_staff_username varchar(100),
    reason                 varchar(2000),
    updated_by             varchar(100) not null,
    updated_at             timestamp with time zone not null
);
create index case_access_subject_idx on case_access (subject_staff_username);

create table case_access_officer (
    reference varchar(32)  not null references case_access (reference),
    username  varchar(100) not null,
    primary key (reference, username)
);
create index case_access_officer_username_idx on case_access_officer (username);
