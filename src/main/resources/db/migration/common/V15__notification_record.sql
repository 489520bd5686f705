-- A notification names the record it concerns ("KT-2026-0003 – Khen thưởng …"), as the record was
-- named when the notification was written, and an outcome says which outcome (issue #10 §7). Rows
-- written before have neither and show as they did.
alter table notification add column record_label varchar(255);
alter table notification add column outcome varchar(32);
alter table notification add column outcome_detail varchar(255);
