-- Movement models (mô hình) of the plan (II.2, III.1.4, III.2.4): the registry of the models the
-- police, the Front and the member organisations built, each with its sponsoring organisation and
-- its working board. Never deleted: a model with history is deactivated with a reason.
create table movement_model (
    id                  varchar(40)   not null primary key,
    type_code           varchar(64)   not null references movement_model_type (code),
    name                varchar(255)  not null,
    sponsor             varchar(64)   not null references organization (code),
    district            varchar(100),
    commune             varchar(100),
    started_on          date,
    board_members       varchar(2000),
    active              boolean       not null,
    deactivation_reason varchar(1000),
    version             bigint        not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(64)   not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(64)   not null
);
create index movement_model_sponsor on movement_model (sponsor, active);
