-- What a user typed in a form and has not yet sent successfully (issue #10, finding 2): a draft of the
-- form's values, and the files chosen in a submission the server refused. Both belong to one user and one
-- form place ('task:<task id>' or 'start:<process key>'), are never shown to anyone else, and expire.
-- Their bytes are added by V18 per database, as for attachments (V4).
create table form_draft (
    id         varchar(36)  not null primary key,
    user_id    varchar(64)  not null,
    place      varchar(300) not null,
    saved_at   timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    constraint uq_form_draft_user_place unique (user_id, place)
);

create index ix_form_draft_place on form_draft (place);
create index ix_form_draft_expires on form_draft (expires_at);

create table pending_file (
    id           varchar(36)  not null primary key,
    user_id      varchar(64)  not null,
    place        varchar(300) not null,
    field_key    varchar(255) not null,
    file_name    varchar(255) not null,
    content_type varchar(255) not null,
    size_bytes   bigint       not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null
);

create index ix_pending_file_user_place on pending_file (user_id, place);
create index ix_pending_file_place on pending_file (place);
create index ix_pending_file_expires on pending_file (expires_at);
