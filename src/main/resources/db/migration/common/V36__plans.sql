-- Plans as data (issue #14): a plan's heading and text, its sections' items and its numbered duties, each duty
-- with its lead organisation, the organisations that cooperate, its periodicity and what fulfils it (processes,
-- record lists, dashboard targets). The seed plan 100/KHPH-CA-MTTQ comes from reference/plans.yaml.
create table plan (
    id            varchar(32)   not null primary key,
    number        varchar(16)   not null,
    symbol        varchar(64)   not null,
    title         varchar(1000) not null,
    issued_on     date          not null,
    place         varchar(255)  not null,
    plan_year     integer       not null,
    basis         varchar(4000),
    parties       varchar(1000) not null,
    signers       varchar(1000) not null,
    footnote      varchar(4000),
    version       bigint        not null
);
create index plan_year_ix on plan (plan_year);

create table plan_item (
    plan_id       varchar(32)   not null references plan (id),
    position      integer       not null,
    section_code  varchar(8)    not null,
    section_title varchar(255)  not null,
    code          varchar(16)   not null,
    text          varchar(8000) not null,
    primary key (plan_id, position)
);

create table plan_duty (
    plan_id       varchar(32)   not null references plan (id),
    position      integer       not null,
    code          varchar(16)   not null,
    text          varchar(8000) not null,
    lead_org      varchar(64)   not null references organization (code),
    cooperating   varchar(1000) not null,
    periodicity   varchar(255)  not null,
    processes     varchar(1000) not null,
    records       varchar(1000) not null,
    targets       varchar(1000) not null,
    primary key (plan_id, position)
);
