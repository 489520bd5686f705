-- Notifications may concern a record as well as a task (a commendation's outcome, for example),
-- so each row names the page it opens. Existing rows all open their task.
alter table notification add column link varchar(255);
update notification set link = '/tasks/' || task_id;
alter table notification alter column link set not null;
