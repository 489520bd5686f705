package vn.phoihop.tasks;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import vn.phoihop.search.SearchText;
import vn.phoihop.security.PortalUser;
import vn.phoihop.substitutes.SubstitutionQueries;

/**
 * The task list's filter as one SQL condition over Camunda's runtime tables, with every user
 * value a bound parameter. Camunda's TaskQuery expresses candidate groups as a join plus DISTINCT,
 * so the database must read and sort every open task of the user's groups before it can return
 * the first 50; written with EXISTS, it walks the tasks in order and stops at the page. At 10,000
 * open tasks that is the difference between tens of milliseconds and a few.
 */
final class TaskListSql {

    private final StringBuilder where = new StringBuilder("RES.SUSPENSION_STATE_ = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private TaskListSql() {
    }

    static TaskListSql of(PortalUser user, TaskFilter filter) {
        TaskListSql sql = new TaskListSql();
        sql.view(user, filter.view());
        if (filter.processKey() != null) {
            sql.and("RES.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ = #{processKey})")
                    .bind("processKey", filter.processKey());
        }
        Date now = ClockUtil.getCurrentTime();
        switch (filter.due()) {
            case OVERDUE -> sql.and("RES.DUE_DATE_ < #{now}").bind("now", now);
            case WEEK -> sql.and("RES.DUE_DATE_ > #{now} and RES.DUE_DATE_ < #{weekEnd}").bind("now", now)
                    .bind("weekEnd", Date.from(now.toInstant().plus(Duration.ofDays(7))));
            case ANY -> { }
        }
        if (!filter.text().isEmpty()) {
            // folded on both sides (SearchText): "nguyen van an" and "01/qd-cat" find what was written with marks
            sql.and("(" + SearchText.matches("RES.NAME_", "#{quick}", "#{text}")
                    + " or exists (select 1 from ACT_RU_EXECUTION E where E.ID_ = RES.PROC_INST_ID_ and "
                    + SearchText.matches("E.BUSINESS_KEY_", "#{quick}", "#{text}") + ")"
                    + " or exists (select 1 from ACT_RU_VARIABLE V where V.PROC_INST_ID_ = RES.PROC_INST_ID_"
                    + " and V.EXECUTION_ID_ = RES.PROC_INST_ID_ and V.NAME_ in (#{titleVariable}, #{numberVariable})"
                    + " and " + SearchText.matches("V.TEXT_", "#{quick}", "#{text}") + "))")
                    .bind("quick", SearchText.quickPattern(filter.text()))
                    .bind("text", SearchText.pattern(filter.text()))
                    .bind("titleVariable", RecordTitle.VARIABLE)
                    .bind("numberVariable", RecordTitle.NUMBER_VARIABLE);
        }
        return sql;
    }

    /**
     * Every open task offered to one of the groups, whoever holds it now: what waits for a body's
     * decision (its leaders' group), as the home page shows it to each of its members.
     */
    static TaskListSql offeredTo(List<String> groupIds) {
        TaskListSql sql = new TaskListSql();
        return sql.and(sql.candidateOf(groupIds));
    }

    NativeTaskQuery list(TaskService taskService, TaskFilter filter) {
        String direction = filter.descending() ? "desc" : "asc";
        String column = switch (filter.sort()) {
            case DUE -> "RES.DUE_DATE_";
            case PRIORITY -> "RES.PRIORITY_";
            case CREATED -> "RES.CREATE_TIME_";
        };
        // the id keeps the order stable across pages when the first column ties
        // tasks without a due date last in either direction: H2 and PostgreSQL place nulls differently
        String order = filter.sort() == TaskFilter.Sort.DUE
                ? "case when RES.DUE_DATE_ is null then 1 else 0 end, RES.DUE_DATE_ " + direction
                : column + " " + direction;
        return bound(taskService.createNativeTaskQuery()
                .sql("select RES.* from ACT_RU_TASK RES where " + where + " order by " + order + ", RES.ID_ asc"));
    }

    NativeTaskQuery count(TaskService taskService) {
        return bound(taskService.createNativeTaskQuery().sql("select count(*) from ACT_RU_TASK RES where " + where));
    }

    private void view(PortalUser user, TaskFilter.View view) {
        bind("user", user.id());
        String candidate = candidateOf(user.groupIds());
        switch (view) {
            case MINE -> and("RES.ASSIGNEE_ = #{user}");
            case GROUP -> and("RES.ASSIGNEE_ is null and " + candidate);
            case ALL -> and("(RES.ASSIGNEE_ = #{user} or (RES.ASSIGNEE_ is null and " + candidate + "))");
            case SUBSTITUTED -> and("exists (select 1 from ACT_RU_VARIABLE S where S.TASK_ID_ = RES.ID_"
                    + " and S.NAME_ = #{substitutedFor} and S.TEXT_ = #{user})")
                    .bind("substitutedFor", SubstitutionQueries.SUBSTITUTED_FOR);
        }
    }

    private String candidateOf(List<String> groupIds) {
        if (groupIds.isEmpty()) {
            return "1 = 0";
        }
        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < groupIds.size(); i++) {
            groups.append(i == 0 ? "" : ", ").append("#{group").append(i).append('}');
            bind("group" + i, groupIds.get(i));
        }
        return "exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_"
                + " and I.TYPE_ = 'candidate' and I.GROUP_ID_ in (" + groups + "))";
    }

    private TaskListSql and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    private TaskListSql bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    private NativeTaskQuery bound(NativeTaskQuery query) {
        parameters.forEach(query::parameter);
        return query;
    }
}
