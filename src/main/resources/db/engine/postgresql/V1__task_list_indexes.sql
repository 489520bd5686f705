-- The task list (tasks.TaskListSql) at a million open tasks. Camunda indexes the creation time,
-- the assignee and the identity links' group and task, but not the due date: the badges "overdue"
-- and "due this week" read a range of it, and the list sorted by due date walks it in either
-- direction with the tasks without a due date last (NULLS LAST, hence the second index). The
-- priority sort walks its own index instead of sorting every open task.
create index ACT_IDX_TASK_DUE_DATE on ACT_RU_TASK (DUE_DATE_);
create index ACT_IDX_TASK_DUE_DATE_DESC on ACT_RU_TASK (DUE_DATE_ desc nulls last);
create index ACT_IDX_TASK_PRIORITY on ACT_RU_TASK (PRIORITY_);
