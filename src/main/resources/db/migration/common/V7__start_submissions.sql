-- One row per submitted start form: the token is the primary key, so a form posted twice (double
-- click, reload, two nodes) starts one process instance only.
create table start_submission (
    token               varchar(36)  not null primary key,
    user_id             varchar(64)  not null,
    process_instance_id varchar(64),
    created_at          timestamp    not null
);
