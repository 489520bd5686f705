-- PeriodicReportProcess (issue #14, plan IV): the six-monthly (sơ kết) and yearly (tổng kết) reports.
-- One row per reporting organisation (each local police and Front, each member organisation), so
-- reports sent at once never overwrite each other. The figures the system held for the organisation
-- when it submitted are kept beside its narrative: the report says what it said on that day.
create table periodic_report (
    id                  varchar(32)   not null primary key,
    process_instance_id varchar(64)   not null unique,
    report_year         integer       not null,
    period              varchar(20)   not null,
    status              varchar(20)   not null,
    opened_by           varchar(64),
    opened_at           timestamp with time zone not null,
    reports_due_on      date          not null,
    summary             varchar(8000),
    directions          varchar(8000),
    consolidated_by     varchar(64),
    return_reason       varchar(2000),
    approved_by         varchar(64),
    approved_at         timestamp with time zone,
    version             bigint        not null
);
create index periodic_report_year on periodic_report (report_year, period);

create table periodic_report_organization (
    id                      varchar(100)  not null primary key,
    report_id               varchar(32)   not null references periodic_report (id),
    organization            varchar(64)   not null references organization (code),
    status                  varchar(20)   not null,
    results                 varchar(8000),
    difficulties            varchar(8000),
    recommendations         varchar(8000),
    submitted_by            varchar(64),
    submitted_at            timestamp with time zone,
    units                   integer,
    units_registered        integer,
    checks_opened           integer,
    checks_on_time          integer,
    resident_groups         integer,
    resident_groups_consolidated integer,
    updates_asked           integer,
    updates_on_time         integer,
    models_inspected        integer,
    remediations            integer,
    remediations_closed     integer,
    commendations_proposed  integer,
    commendations_issued    integer,
    members_reached         integer,
    zalo_members            integer,
    reminded                boolean       not null,
    escalated               boolean       not null,
    escalation_note         varchar(2000),
    version                 bigint        not null,
    constraint periodic_report_organization_org unique (report_id, organization)
);
