-- Reference data of the coordination plan. The organisation tree carries validity dates because
-- the administrative map changes (the district level ended on 1 July 2025): a plan runs against
-- the tree in force for its year.
create table organization (
    code        varchar(64)  not null primary key,
    name_vi     varchar(255) not null,
    name_en     varchar(255) not null,
    short_name  varchar(64)  not null,
    kind        varchar(32)  not null,
    parent_code varchar(64),
    group_id    varchar(64),
    valid_from  date         not null,
    valid_to    date,
    sort_order  integer      not null,
    constraint fk_organization_parent foreign key (parent_code) references organization (code)
);

create index ix_organization_group on organization (group_id);

create table movement_model_type (
    code       varchar(64)  not null primary key,
    name_vi    varchar(255) not null,
    name_en    varchar(255) not null,
    sort_order integer      not null
);
