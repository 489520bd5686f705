-- Resident groups (tổ dân cư tự quản, issue #11): the plan counts those whose board is consolidated
-- and working (target: at least a third) and the households informed. Kept by the managing police
-- in a spreadsheet and imported; importing again updates by code.
create table resident_group (
    code                 varchar(40)  not null primary key,
    name                 varchar(200) not null,
    commune              varchar(100),
    area                 varchar(200),
    managing_org         varchar(64)  not null references organization (code),
    leader               varchar(100),
    board_members        varchar(1000),
    board_consolidated   boolean      not null,
    quality              varchar(20)  not null,
    households           integer      not null,
    households_informed  integer      not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(64)  not null,
    version              bigint       not null
);
create index resident_group_managing_org on resident_group (managing_org);
