-- Communes and wards imported for 2026 (issue #11) may say which district they belonged to before
-- the district level ended on 1 July 2025.
alter table organization add column former_district varchar(100);
