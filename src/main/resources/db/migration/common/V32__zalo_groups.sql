-- Zalo groups (plan II.4, III.1.4, III.2.1): each organisation's propaganda groups, including the
-- resident groups' (tổ dân cư tự quản) groups the plan asks to grow. The member count is kept over
-- time, one row per count, so growth is a figure and not an overwritten number. Never deleted.
create table zalo_group (
    id                  varchar(40)   not null primary key,
    organization        varchar(64)   not null references organization (code),
    name                varchar(255)  not null,
    level               varchar(20)   not null,
    area                varchar(200),
    resident_group      varchar(40)   references resident_group (code),
    administrator       varchar(255),
    join_link           varchar(500),
    active              boolean       not null,
    deactivation_reason varchar(1000),
    version             bigint        not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(64)   not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(64)   not null
);
create index zalo_group_organization on zalo_group (organization, active);

create table zalo_group_count (
    group_id   varchar(40) not null references zalo_group (id),
    counted_on date        not null,
    members    integer     not null,
    primary key (group_id, counted_on)
);
