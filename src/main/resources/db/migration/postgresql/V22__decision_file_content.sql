-- The decision file's bytes, in the database like attachments.
alter table decision_file add column content bytea not null;
