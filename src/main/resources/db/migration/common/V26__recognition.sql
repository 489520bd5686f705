-- The year-end recognition of a unit (RecognitionProcess, Circular 124/2021/TT-BCA, Decision
-- 510/QĐ-BCA-V05): one row per handed-over registration, its dossier, the managing level's
-- assessment with the level the classification table gave, PX05's appraisal and the leader's decision.
create table unit_recognition (
    id                    varchar(32)   not null primary key,
    process_instance_id   varchar(64)   not null unique,
    registration_id       varchar(32)   not null unique references unit_registration (id),
    unit_code             varchar(40)   not null references safe_unit (code),
    plan_year             integer       not null,
    unit_kind             varchar(32)   not null,
    managing_org          varchar(64)   not null references organization (code),
    status                varchar(20)   not null,
    dossier_note          varchar(2000),
    dossier_by            varchar(64),
    dossier_at            timestamp with time zone,
    dossier_overdue       boolean       not null,
    follow_up_note        varchar(2000),
    self_total            numeric(5, 1),
    assessed_total        numeric(5, 1),
    recognised_share      numeric(5, 4),
    movement_level        varchar(20),
    assessed_by           varchar(64),
    assessed_at           timestamp with time zone,
    appraisal_comment     varchar(2000),
    appraised_by          varchar(64),
    appraised_at          timestamp with time zone,
    recognised            boolean,
    decision_note         varchar(2000),
    decided_by            varchar(64),
    decided_at            timestamp with time zone,
    commendation_proposed_by varchar(64),
    commendation_proposed_at timestamp with time zone,
    version               bigint        not null
);
create index unit_recognition_unit_year on unit_recognition (unit_code, plan_year);

-- The points of one criterion group of the 100-point sheet: the unit's own, then the managing
-- level's (with the reason when it differs).
create table unit_recognition_score (
    recognition_id  varchar(32)  not null references unit_recognition (id),
    group_code      varchar(40)  not null,
    self_points     numeric(5, 1) not null,
    assessed_points numeric(5, 1),
    change_reason   varchar(1000),
    primary key (recognition_id, group_code)
);
