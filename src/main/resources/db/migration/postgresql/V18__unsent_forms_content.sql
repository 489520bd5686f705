-- The draft's values (UTF-8 JSON) and the pending file's bytes; binary, because H2 and PostgreSQL name
-- large text and binary columns differently and a draft may be larger than a varchar holds.
alter table form_draft add column content bytea not null;
alter table pending_file add column content bytea not null;
