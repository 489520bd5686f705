package vn.phoihop.tasks;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a task-list row shows besides the task: the record's title and business key, and whom a
 * substitute's task was meant for. Read with two plain queries over Camunda's runtime tables (the
 * same columns {@link TaskListSql} filters on) instead of three engine queries: each engine query
 * costs a command, a transaction and MyBatis mapping, a good part of the page at 50 rows.
 */
@Component
class TaskRowDetails {

    private final JdbcTemplate jdbc;
    private final InstanceRecords instanceRecords;

    TaskRowDetails(JdbcTemplate jdbc, InstanceRecords instanceRecords) {
        this.jdbc = jdbc;
        this.instanceRecords = instanceRecords;
    }

    Map<String, InstanceRecords.Record> records(Collection<String> processInstanceIds) {
        return instanceRecords.of(processInstanceIds);
    }

    /** Task id → the user the task was assigned to before their substitute took it. */
    Map<String, String> substitutedFor(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> originals = new HashMap<>();
        jdbc.query("select TASK_ID_, TEXT_ from ACT_RU_VARIABLE where NAME_ = ? and TASK_ID_ in ("
                        + placeholders(taskIds.size()) + ")",
                rs -> {
                    if (rs.getString(2) != null) {
                        originals.put(rs.getString(1), rs.getString(2));
                    }
                },
                parameters(TaskListQuery.SUBSTITUTED_FOR, taskIds));
        return originals;
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    private static Object[] parameters(String first, Collection<String> rest) {
        return Stream.concat(Stream.of(first), rest.stream()).toArray();
    }
}
