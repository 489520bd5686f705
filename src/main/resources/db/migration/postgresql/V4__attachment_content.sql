-- The file's bytes, in the database so that every cluster node serves the same files.
alter table attachment add column content bytea not null;
