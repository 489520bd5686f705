-- PropagandaProcess (issue #13, plan II.1, II.4, III.1.1, III.2.1): a material PX05 compiles and a
-- leader approves, sent to organisations that confirm its dissemination through their Zalo groups
-- (one row each, so answers given in parallel never overwrite each other), and the police speakers
-- they ask for.
create table propaganda_material (
    id                  varchar(32)   not null primary key,
    process_instance_id varchar(64)   not null unique,
    title               varchar(255)  not null,
    topic               varchar(30)   not null,
    body                varchar(8000) not null,
    status              varchar(20)   not null,
    compiled_by         varchar(64)   not null,
    compiled_at         timestamp with time zone not null,
    return_reason       varchar(2000),
    approved_by         varchar(64),
    approved_at         timestamp with time zone,
    confirm_due_on      date,
    sent_at             timestamp with time zone,
    version             bigint        not null
);
create index propaganda_material_sent on propaganda_material (sent_at);

-- One row per receiving organisation: its confirmation, and the speaker it asked for.
create table propaganda_confirmation (
    id               varchar(100)  not null primary key,
    material_id      varchar(32)   not null references propaganda_material (id),
    organization     varchar(64)   not null references organization (code),
    status           varchar(20)   not null,
    disseminated_on  date,
    members_reached  integer,
    note             varchar(2000),
    confirmed_by     varchar(64),
    confirmed_at     timestamp with time zone,
    reminded         boolean       not null,
    escalated        boolean       not null,
    escalation_note  varchar(2000),
    speaker_requested boolean      not null,
    talk_on          date,
    talk_place       varchar(255),
    talk_audience    varchar(255),
    talk_topic       varchar(255),
    speaker          varchar(64),
    talk_held_on     date,
    attendance       integer,
    talk_report      varchar(2000),
    version          bigint        not null,
    constraint propaganda_confirmation_org unique (material_id, organization)
);

-- The Zalo groups an organisation sent the material to.
create table propaganda_confirmation_group (
    confirmation_id varchar(100) not null references propaganda_confirmation (id),
    group_id        varchar(40)  not null references zalo_group (id),
    primary key (confirmation_id, group_id)
);
