-- The units registry of issue #11: residential areas, communes, agencies, enterprises and schools
-- that register for the safe-unit standard. Never deleted (active = false with a reason); version
-- refuses a stale edit.
create table safe_unit (
    code                varchar(40)  not null primary key,
    kind                varchar(20)  not null,
    name                varchar(200) not null,
    district            varchar(100),
    commune             varchar(100),
    managing_org        varchar(64)  not null references organization (code),
    contact_group       varchar(64)  not null,
    contact_user        varchar(64),
    active              boolean      not null,
    deactivation_reason varchar(500),
    version             bigint       not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(64)  not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(64)  not null
);
create index safe_unit_managing_org on safe_unit (managing_org);
