-- The task list's due-date ranges and sorts, as on PostgreSQL (see db/engine/postgresql).
create index ACT_IDX_TASK_DUE_DATE on ACT_RU_TASK (DUE_DATE_);
create index ACT_IDX_TASK_PRIORITY on ACT_RU_TASK (PRIORITY_);
