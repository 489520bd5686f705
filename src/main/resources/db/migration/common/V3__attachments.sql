-- Files attached to process instances (and optionally to one task and one form field of it).
-- The bytes are added by V4 per database, because H2 and PostgreSQL name binary columns differently.
create table attachment (
    id                  varchar(36)  not null primary key,
    process_instance_id varchar(64)  not null,
    task_id             varchar(64),
    field_key           varchar(255),
    file_name           varchar(255) not null,
    content_type        varchar(255) not null,
    size_bytes          bigint       not null,
    sha256              varchar(64)  not null,
    uploaded_by         varchar(255) not null,
    uploaded_at         timestamp with time zone not null
);

create index ix_attachment_instance on attachment (process_instance_id, uploaded_at);
