-- The task list's search (tasks.TaskListSql) without reading every open task: trigram indexes
-- (pg_trgm) on the folded texts it searches, the task's name, the instance's business key and
-- the record's title and number. Each index's expression is search.SearchText.sql of its column,
-- character for character, or PostgreSQL would not use it (TaskSearchIndexTest checks both).
-- Optional: a managed PostgreSQL may refuse CREATE EXTENSION. Without the indexes the search
-- reads the user's open tasks, as before (TaskListQuery asks which kind of database it has).
-- A GIN index keeps new entries in a pending list that every search reads in full until vacuum
-- or the list's limit merges it (4 MB by default: 15 ms a search); 64 kB keeps that read small.
do $$
begin
  create extension if not exists pg_trgm;
exception when others then
  raise notice 'pg_trgm is not available (%): the task search will read the tasks', sqlerrm;
end $$;

do $$
begin
  if exists (select 1 from pg_extension where extname = 'pg_trgm') then
    execute $index$create index ACT_IDX_TASK_NAME_FOLDED on ACT_RU_TASK
      using gin ((lower(translate(replace(replace(replace(replace(replace(replace(replace(replace(NAME_, '̀', ''), '́', ''), '̃', ''), '̉', ''), '̣', ''), '̂', ''), '̆', ''), '̛', ''), 'đĐÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'dDAAAAEEEIIIOOOOUUUYaaaaeeeiiioooouuuyAaEeIiIiOoUuUuYyOoUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy'))) gin_trgm_ops) with (gin_pending_list_limit = 64)$index$;
    execute $index$create index ACT_IDX_EXEC_BUSKEY_FOLDED on ACT_RU_EXECUTION
      using gin ((lower(translate(replace(replace(replace(replace(replace(replace(replace(replace(BUSINESS_KEY_, '̀', ''), '́', ''), '̃', ''), '̉', ''), '̣', ''), '̂', ''), '̆', ''), '̛', ''), 'đĐÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'dDAAAAEEEIIIOOOOUUUYaaaaeeeiiioooouuuyAaEeIiIiOoUuUuYyOoUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy'))) gin_trgm_ops) with (gin_pending_list_limit = 64)$index$;
    -- only the two variables the search reads (tasks.RecordTitle), written as the query writes them
    execute $index$create index ACT_IDX_VAR_RECORD_FOLDED on ACT_RU_VARIABLE
      using gin ((lower(translate(replace(replace(replace(replace(replace(replace(replace(replace(TEXT_, '̀', ''), '́', ''), '̃', ''), '̉', ''), '̣', ''), '̂', ''), '̆', ''), '̛', ''), 'đĐÀÁÂÃÈÉÊÌÍÎÒÓÔÕÙÚÛÝàáâãèéêìíîòóôõùúûýĂăĔĕĨĩĬĭŎŏŨũŬŭŶŷƠơƯưṌṍṸṹẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ', 'dDAAAAEEEIIIOOOOUUUYaaaaeeeiiioooouuuyAaEeIiIiOoUuUuYyOoUuOoUuAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy'))) gin_trgm_ops) with (gin_pending_list_limit = 64)
      where NAME_ in ('recordTitle', 'recordNumber')$index$;
  end if;
exception when others then
  raise notice 'trigram indexes not created (%): the task search will read the tasks', sqlerrm;
end $$;
