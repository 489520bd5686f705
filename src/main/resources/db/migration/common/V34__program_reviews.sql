-- ProgramReviewProcess (issue #13, plan II.2, III.1.2, III.2.2): the ten-year review of Programme 09.
-- One row per member organisation's report (its figures, nominations and contribution), so reports
-- sent at the same moment never overwrite each other.
create table program_review (
    id                  varchar(32)   not null primary key,
    process_instance_id varchar(64)   not null unique,
    title               varchar(255)  not null,
    first_year          integer       not null,
    last_year           integer       not null,
    status              varchar(20)   not null,
    opened_by           varchar(64)   not null,
    opened_at           timestamp with time zone not null,
    reports_due_on      date          not null,
    summary             varchar(8000),
    conclusions         varchar(8000),
    consolidated_by     varchar(64),
    conference_on       date,
    conference_place    varchar(255),
    held_on             date,
    attendance          integer,
    outcome             varchar(8000),
    version             bigint        not null
);

create table program_review_invitee (
    review_id    varchar(32) not null references program_review (id),
    organization varchar(64) not null references organization (code),
    primary key (review_id, organization)
);

create table program_review_report (
    id                    varchar(100)  not null primary key,
    review_id             varchar(32)   not null references program_review (id),
    organization          varchar(64)   not null references organization (code),
    status                varchar(20)   not null,
    results               varchar(8000),
    models_built          integer,
    people_mobilized      integer,
    tips_received         integer,
    contribution_files    varchar(1000),
    submitted_by          varchar(64),
    submitted_at          timestamp with time zone,
    reminded              boolean       not null,
    escalated             boolean       not null,
    escalation_note       varchar(2000),
    version               bigint        not null,
    constraint program_review_report_org unique (review_id, organization)
);

-- Exemplary collectives and people an organisation nominates; it proposes each through CommendationProcess.
create table program_review_nomination (
    report_id   varchar(100)  not null references program_review_report (id),
    position    integer       not null,
    nominee     varchar(255)  not null,
    achievement varchar(2000) not null,
    primary key (report_id, position)
);
