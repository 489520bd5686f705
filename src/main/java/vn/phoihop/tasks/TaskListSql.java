package vn.phoihop.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import vn.phoihop.search.SearchText;
import vn.phoihop.security.PortalUser;
import vn.phoihop.substitutes.SubstitutionQueries;

/**
 * The task list's filter as SQL over Camunda's runtime tables, with every user value a bound
 * parameter. Camunda's TaskQuery expresses candidate groups as a join plus DISTINCT, so the
 * database must read and sort every open task of the user's groups before it can return the first
 * 50; written with EXISTS, it walks the tasks in order and stops at the page.
 *
 * <p>On PostgreSQL the default view, the user's own tasks and their groups' unclaimed ones, is two
 * queries joined by UNION ALL rather than one condition with OR: PostgreSQL cannot turn an EXISTS
 * under an OR into a join, so for a user with few tasks among a million it walked all of them
 * (650 ms); each branch on its own uses the index that suits it (the assignee's, or the group's when
 * the group is small, the creation time's when it is large) and the page costs a few milliseconds
 * either way. H2, the embedded database of one office, plans the union worse than the OR (the page
 * at 10,000 tasks: p50 63 against 38 ms), so it keeps the OR.
 *
 * <p>A search, where PostgreSQL has the trigram indexes of {@code db/engine/postgresql/V2}, first
 * finds the few tasks whose name, business key or record title or number contains the text, through
 * those indexes, and keeps the user's among them. Without them (H2, or a server that refused
 * {@code pg_trgm}) it reads the user's open tasks and tests each, which at a million took a second.
 */
final class TaskListSql {

    /** Badge counts stop here: counting a million rows takes seconds; "1000+" tells the user enough. */
    static final int COUNT_LIMIT = 1000;

    private final StringBuilder where = new StringBuilder("RES.SUSPENSION_STATE_ = 1");
    /** The view's alternatives, each added to {@link #where}; the rows of one never match another. */
    private final List<String> branches = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private TaskListSql() {
    }

    /**
     * What the database does best: the default view as a union (PostgreSQL), the search through
     * trigram indexes (PostgreSQL with them).
     */
    record Shape(boolean splitViews, boolean indexedSearch) {

        static final Shape H2 = new Shape(false, false);
    }

    static TaskListSql of(PortalUser user, TaskFilter filter, Shape shape) {
        TaskListSql sql = new TaskListSql();
        boolean indexedSearch = shape.indexedSearch() && !filter.text().isEmpty();
        // an indexed search leaves few tasks to test: one query, each task's candidacy looked up by its id
        sql.view(user, filter.view(), shape.splitViews() && !indexedSearch, indexedSearch);
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
            sql.and(indexedSearch ? TEXT_FOUND_THROUGH_INDEXES : TEXT_TESTED_ON_EACH_TASK)
                    .bind("quick", SearchText.quickPattern(filter.text()))
                    .bind("text", SearchText.pattern(filter.text()));
        }
        return sql;
    }

    /**
     * Whether a trigram index can narrow the search: not for one or two letters, which every
     * index entry may contain; those read the user's tasks in order and stop at the page.
     */
    static boolean hasTrigram(String text) {
        return SearchText.normalize(text).strip().length() >= 3;
    }

    /** The record variables a search reads, as the partial trigram index names them: constants, not parameters. */
    static final String RECORD_VARIABLES = "V.NAME_ in ('" + RecordTitle.VARIABLE + "', '" + RecordTitle.NUMBER_VARIABLE + "')";

    private static final String TEXT_TESTED_ON_EACH_TASK = "(" + SearchText.matches("RES.NAME_", "#{quick}", "#{text}")
            + " or exists (select 1 from ACT_RU_EXECUTION E where E.ID_ = RES.PROC_INST_ID_ and "
            + SearchText.matches("E.BUSINESS_KEY_", "#{quick}", "#{text}") + ")"
            + " or exists (select 1 from ACT_RU_VARIABLE V where V.PROC_INST_ID_ = RES.PROC_INST_ID_"
            + " and V.EXECUTION_ID_ = RES.PROC_INST_ID_ and " + RECORD_VARIABLES
            + " and " + SearchText.matches("V.TEXT_", "#{quick}", "#{text}") + "))";

    /** The same tasks, found from the matching texts: each branch's folded column is an indexed expression. */
    private static final String TEXT_FOUND_THROUGH_INDEXES = "RES.ID_ in ("
            + "select T.ID_ from ACT_RU_TASK T where " + SearchText.matches("T.NAME_", "#{quick}", "#{text}")
            + " union all select T.ID_ from ACT_RU_EXECUTION E join ACT_RU_TASK T on T.PROC_INST_ID_ = E.ID_"
            + " where " + SearchText.matches("E.BUSINESS_KEY_", "#{quick}", "#{text}")
            + " union all select T.ID_ from ACT_RU_VARIABLE V join ACT_RU_TASK T on T.PROC_INST_ID_ = V.EXECUTION_ID_"
            + " where V.PROC_INST_ID_ = V.EXECUTION_ID_ and " + RECORD_VARIABLES
            + " and " + SearchText.matches("V.TEXT_", "#{quick}", "#{text}") + ")";

    /**
     * How many names, keys, titles and numbers match, up to a limit, through the same indexes as
     * the indexed search. Parameters: the quick and the folded pattern three times, then the limit.
     */
    static final String TEXT_MATCHES_UP_TO = "select count(*) from ("
            + "select 1 from ACT_RU_TASK T where " + SearchText.matches("T.NAME_", "?", "?")
            + " union all select 1 from ACT_RU_EXECUTION E where " + SearchText.matches("E.BUSINESS_KEY_", "?", "?")
            + " union all select 1 from ACT_RU_VARIABLE V where " + RECORD_VARIABLES
            + " and " + SearchText.matches("V.TEXT_", "?", "?")
            + " fetch first ? rows only) C";

    /**
     * Every open task offered to one of the groups, whoever holds it now: what waits for a body's
     * decision (its leaders' group), as the home page shows it to each of its members.
     */
    static TaskListSql offeredTo(List<String> groupIds) {
        TaskListSql sql = new TaskListSql();
        sql.branches.add(sql.candidateOf(groupIds));
        return sql;
    }

    /** Rows {@code first} to {@code first + max} of the filter's order. */
    List<Task> list(TaskService taskService, TaskFilter filter, int first, int max) {
        String direction = filter.descending() ? "desc" : "asc";
        String column = switch (filter.sort()) {
            case DUE -> "RES.DUE_DATE_";
            case PRIORITY -> "RES.PRIORITY_";
            case CREATED -> "RES.CREATE_TIME_";
        };
        // the id keeps the order stable across pages when the first column ties
        // tasks without a due date last in either direction: H2 and PostgreSQL place nulls differently
        // written as NULLS LAST (not a CASE on the column) so that an index on the due date serves it
        String order = (filter.sort() == TaskFilter.Sort.DUE ? column + " " + direction + " nulls last" : column + " " + direction)
                + ", RES.ID_ asc";
        if (branches.size() == 1) {
            return bound(taskService.createNativeTaskQuery()
                    .sql("select RES.* from ACT_RU_TASK RES where " + where(0) + " order by " + order)).listPage(first, max);
        }
        // each branch gives at most the rows up to the page's end, in order; the union is sorted again
        bind("branchRows", first + max);
        return bound(taskService.createNativeTaskQuery().sql("select RES.* from ("
                + union(i -> "select RES.* from ACT_RU_TASK RES where " + where(i) + " order by " + order
                        + " fetch first #{branchRows} rows only")
                + ") RES order by " + order)).listPage(first, max);
    }

    /** How many tasks match, up to {@link #COUNT_LIMIT} and one more: more than the limit shows as "1000+". */
    long countUpToLimit(TaskService taskService) {
        bind("countRows", COUNT_LIMIT + 1);
        long count = bound(taskService.createNativeTaskQuery().sql("select count(*) from ("
                + union(i -> "select RES.ID_ from ACT_RU_TASK RES where " + where(i) + " fetch first #{countRows} rows only")
                + ") C")).count();
        return Math.min(count, COUNT_LIMIT + 1);
    }

    private String where(int branch) {
        return where + " and " + branches.get(branch);
    }

    private String union(IntFunction<String> branch) {
        if (branches.size() == 1) {
            return branch.apply(0);
        }
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < branches.size(); i++) {
            union.append(i == 0 ? "(" : " union all (").append(branch.apply(i)).append(")");
        }
        return union.toString();
    }

    private void view(PortalUser user, TaskFilter.View view, boolean split, boolean fewTasks) {
        bind("user", user.id());
        String candidate = fewTasks ? candidateOfEach(user.groupIds()) : candidateOf(user.groupIds());
        String mine = "RES.ASSIGNEE_ = #{user}";
        String groups = "RES.ASSIGNEE_ is null and " + candidate;
        switch (view) {
            case MINE -> branches.add(mine);
            case GROUP -> branches.add(groups);
            case ALL -> branches.addAll(split ? List.of(mine, groups) : List.of("(" + mine + " or (" + groups + "))"));
            case SUBSTITUTED -> {
                branches.add("exists (select 1 from ACT_RU_VARIABLE S where S.TASK_ID_ = RES.ID_"
                        + " and S.NAME_ = #{substitutedFor} and S.TEXT_ = #{user})");
                bind("substitutedFor", SubstitutionQueries.SUBSTITUTED_FOR);
            }
        }
    }

    private String candidateOf(List<String> groupIds) {
        if (groupIds.isEmpty()) {
            return "1 = 0";
        }
        String groups = groupParameters(groupIds);
        // not a correlated exists: H2 ran that one through the group's index for every task, reading all
        // the group's links each time (a ward police with 3,000 open reviews waited 2 s for its list);
        // PostgreSQL plans both forms as the same semi-join
        return "RES.ID_ in (select I.TASK_ID_ from ACT_RU_IDENTITYLINK I"
                + " where I.TYPE_ = 'candidate' and I.GROUP_ID_ in (" + groups + "))";
    }

    /**
     * The same, looked up task by task: for the few tasks a search found. As {@link #candidateOf}
     * it would read every link of the user's groups (a million for a busy group) to test a handful.
     */
    private String candidateOfEach(List<String> groupIds) {
        if (groupIds.isEmpty()) {
            return "1 = 0";
        }
        return "exists (select 1 from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = RES.ID_"
                + " and I.TYPE_ = 'candidate' and I.GROUP_ID_ in (" + groupParameters(groupIds) + "))";
    }

    private String groupParameters(List<String> groupIds) {
        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < groupIds.size(); i++) {
            groups.append(i == 0 ? "" : ", ").append("#{group").append(i).append('}');
            bind("group" + i, groupIds.get(i));
        }
        return groups.toString();
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
