-- ModelInspectionProcess (issue #12, plan III.1.4, III.2.4): each year every member organisation
-- selects one of its models, PX05 and PTTG propose a working team that the leaders approve, the team
-- records its findings per model, the result is announced to all models, and every weakness becomes
-- a remediation of the model's organisation. One row per organisation's selection and per
-- remediation, so answers given in parallel never overwrite each other.
create table model_inspection (
    id                  varchar(32)   not null primary key,
    process_instance_id varchar(64)   not null unique,
    plan_year           integer       not null,
    status              varchar(20)   not null,
    opened_at           timestamp with time zone not null,
    opened_by           varchar(64)   not null,
    selection_due_at    timestamp with time zone not null,
    inspect_from        date,
    inspect_to          date,
    team_note           varchar(2000),
    team_proposed_by    varchar(64),
    team_return_reason  varchar(2000),
    team_approved_by    varchar(64),
    team_approved_at    timestamp with time zone,
    announcement        varchar(8000),
    announced_by        varchar(64),
    announced_at        timestamp with time zone,
    version             bigint        not null
);
create index model_inspection_year on model_inspection (plan_year);

create table model_inspection_team (
    inspection_id varchar(32)  not null references model_inspection (id),
    position      integer      not null,
    organization  varchar(64)  not null references organization (code),
    name          varchar(255) not null,
    job_title     varchar(255),
    primary key (inspection_id, position)
);

-- One row per member organisation asked to select one of its models; the team's findings on it.
create table model_inspection_selection (
    id              varchar(100)  not null primary key,
    inspection_id   varchar(32)   not null references model_inspection (id),
    organization    varchar(64)   not null references organization (code),
    status          varchar(20)   not null,
    model_id        varchar(40)   references movement_model (id),
    selection_note  varchar(2000),
    selected_by     varchar(64),
    selected_at     timestamp with time zone,
    reminded        boolean       not null,
    escalated       boolean       not null,
    escalation_note varchar(2000),
    inspected_on    date,
    strengths       varchar(8000),
    recommendations varchar(8000),
    inspected_by    varchar(64),
    version         bigint        not null,
    constraint model_inspection_selection_org unique (inspection_id, organization)
);
create index model_inspection_selection_model on model_inspection_selection (model_id);

-- One row per weakness the team found: a remediation of the model's organisation.
create table model_remediation (
    id              varchar(48)   not null primary key,
    inspection_id   varchar(32)   not null references model_inspection (id),
    position        integer       not null,
    organization    varchar(64)   not null references organization (code),
    model_id        varchar(40)   not null references movement_model (id),
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
    constraint model_remediation_position unique (inspection_id, position)
);
create index model_remediation_org on model_remediation (organization, status);
