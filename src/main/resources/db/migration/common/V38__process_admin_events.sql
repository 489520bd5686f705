-- Process administration (issue #15): every deploy (or refused deploy), suspension and activation an
-- administrator makes on /admin/processes — who, when, what, the result.
create table process_admin_event (
    id         varchar(36)   not null primary key,
    at         timestamp with time zone not null,
    actor      varchar(64)   not null,
    action     varchar(20)   not null,
    target     varchar(1000) not null,
    result     varchar(4000) not null
);
create index process_admin_event_at on process_admin_event (at);
