-- LiaisonMeetingProcess (issue #12, plan II.5, III.1.5, III.2.5): the monthly or ad-hoc liaison
-- meeting of PX05, PTTG and the member organisations. The meeting is the aggregate; each member
-- organisation's update and each follow-up action is its own row, so answers given in parallel
-- never overwrite each other.
create table liaison_meeting (
    id                  varchar(32)   not null primary key,
    process_instance_id varchar(64)   not null unique,
    plan_year           integer       not null,
    plan_month          integer       not null,
    kind                varchar(20)   not null,
    reason              varchar(2000),
    status              varchar(20)   not null,
    opened_at           timestamp with time zone not null,
    opened_by           varchar(64),
    updates_due_at      timestamp with time zone not null,
    held_on             date,
    place               varchar(255),
    chaired_by          varchar(255),
    assessment          varchar(8000),
    difficulties        varchar(8000),
    resolutions         varchar(8000),
    next_period         varchar(8000),
    recorded_by         varchar(64),
    recorder_group      varchar(64),
    return_reason       varchar(2000),
    approved_by         varchar(64),
    approved_at         timestamp with time zone,
    minutes_number      varchar(40),
    version             bigint        not null
);
create index liaison_meeting_year on liaison_meeting (plan_year, plan_month);

create table liaison_meeting_attendee (
    meeting_id   varchar(32)  not null references liaison_meeting (id),
    position     integer      not null,
    organization varchar(64)  not null references organization (code),
    name         varchar(255) not null,
    job_title    varchar(255),
    primary key (meeting_id, position)
);

-- One row per member organisation asked for its monthly update.
create table liaison_meeting_update (
    id                   varchar(100)  not null primary key,
    meeting_id           varchar(32)   not null references liaison_meeting (id),
    organization         varchar(64)   not null references organization (code),
    status               varchar(20)   not null,
    due_at               timestamp with time zone not null,
    results              varchar(8000),
    difficulties         varchar(8000),
    proposals            varchar(8000),
    sent_by              varchar(64),
    sent_at              timestamp with time zone,
    reminded             boolean       not null,
    escalated            boolean       not null,
    escalation_note      varchar(2000),
    version              bigint        not null,
    constraint liaison_meeting_update_org unique (meeting_id, organization)
);

-- One row per follow-up action the approved minutes assign to an organisation.
create table liaison_meeting_action (
    id              varchar(48)   not null primary key,
    meeting_id      varchar(32)   not null references liaison_meeting (id),
    position        integer       not null,
    organization    varchar(64)   not null references organization (code),
    content         varchar(2000) not null,
    due_on          date          not null,
    status          varchar(20)   not null,
    report          varchar(8000),
    done_by         varchar(64),
    done_at         timestamp with time zone,
    reminded        boolean       not null,
    escalated       boolean       not null,
    escalation_note varchar(2000),
    version         bigint        not null,
    constraint liaison_meeting_action_position unique (meeting_id, position)
);
create index liaison_meeting_action_org on liaison_meeting_action (organization, status);

-- Collectives and people the minutes propose for a commendation; the named organisation proposes them.
create table liaison_meeting_commendation (
    meeting_id   varchar(32)   not null references liaison_meeting (id),
    position     integer       not null,
    organization varchar(64)   not null references organization (code),
    nominee      varchar(255)  not null,
    achievement  varchar(2000) not null,
    primary key (meeting_id, position)
);
