package vn.phoihop.tasks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The open tasks past their due date in the whole plan, for the leaders: how many each group has (the
 * organisation that should act) and the oldest ones. Read with one grouped query over Camunda's
 * runtime tables rather than loading every task, so the count stays cheap with many open tasks.
 */
@Service
public class OverdueTasks {

    private static final String BY_GROUP = """
            select L.GROUP_ID_ as group_id, count(distinct T.ID_) as overdue, min(T.DUE_DATE_) as oldest
            from ACT_RU_TASK T join ACT_RU_IDENTITYLINK L on L.TASK_ID_ = T.ID_ and L.TYPE_ = 'candidate'
            where L.GROUP_ID_ is not null and T.DUE_DATE_ < ? and T.SUSPENSION_STATE_ = 1
            group by L.GROUP_ID_ order by count(distinct T.ID_) desc, L.GROUP_ID_""";
    private static final String OLDEST = """
            select T.ID_, T.NAME_, T.PROC_INST_ID_, T.DUE_DATE_ from ACT_RU_TASK T
            where T.DUE_DATE_ < ? and T.SUSPENSION_STATE_ = 1 order by T.DUE_DATE_, T.ID_""";

    private final JdbcTemplate jdbc;

    OverdueTasks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ByGroup> byGroup() {
        return jdbc.query(BY_GROUP, (rs, row) -> new ByGroup(rs.getString("group_id"), rs.getLong("overdue"),
                rs.getTimestamp("oldest").toInstant()), now());
    }

    public List<Oldest> oldest(int limit) {
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement(OLDEST);
            statement.setTimestamp(1, now());
            statement.setMaxRows(limit);
            return statement;
        }, (rs, row) -> new Oldest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
    }

    private static Timestamp now() {
        return new Timestamp(ClockUtil.getCurrentTime().getTime());
    }

    /** @param oldestDue the due date of the group's longest overdue task */
    public record ByGroup(String groupId, long overdue, Instant oldestDue) {
    }

    public record Oldest(String taskId, String name, String processInstanceId, Instant due) {
    }
}
