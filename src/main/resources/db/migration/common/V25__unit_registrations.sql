-- UnitRegistrationProcess (issue #11): a unit's registration for one year's safe-unit standard and
-- its monthly self-check rounds. One registration per unit and year that is not withdrawn: the
-- service checks it (a withdrawn one may be followed by a new one, so no unique key on the pair).
create table unit_registration (
    id                  varchar(32)  not null primary key,
    process_instance_id varchar(64)  not null unique,
    unit_code           varchar(40)  not null references safe_unit (code),
    plan_year           integer      not null,
    managing_org        varchar(64)  not null references organization (code),
    status              varchar(20)  not null,
    commitment          varchar(2000) not null,
    registered_by       varchar(64)  not null,
    registered_at       timestamp with time zone not null,
    late                boolean      not null,
    verified_by         varchar(64),
    verified_at         timestamp with time zone,
    return_reason       varchar(1000),
    period_from         date         not null,
    period_to           date         not null,
    version             bigint       not null
);
create index unit_registration_unit_year on unit_registration (unit_code, plan_year);
create index unit_registration_org_year on unit_registration (managing_org, plan_year);

-- One row per monthly round: opened by the BPMN timer, done by the unit, reviewed by the managing level.
create table unit_self_check (
    id              varchar(40)  not null primary key,
    registration_id varchar(32)  not null references unit_registration (id),
    round_no        integer      not null,
    opened_at       timestamp with time zone not null,
    due_at          timestamp with time zone not null,
    status          varchar(20)  not null,
    met_criteria    varchar(1000),
    note            varchar(2000),
    done_by         varchar(64),
    done_at         timestamp with time zone,
    reminded        boolean      not null,
    escalated       boolean      not null,
    escalation_note varchar(2000),
    review_outcome  varchar(20),
    review_comment  varchar(2000),
    reviewed_by     varchar(64),
    reviewed_at     timestamp with time zone,
    version         bigint       not null,
    constraint unit_self_check_round unique (registration_id, round_no)
);
create index unit_self_check_status on unit_self_check (status, due_at);
