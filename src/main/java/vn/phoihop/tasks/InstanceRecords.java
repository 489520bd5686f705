package vn.phoihop.tasks;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The record each running process instance is about, as its business key and {@link RecordTitle},
 * for many instances in one plain query over Camunda's runtime tables: the task list's rows and
 * the notifications of many tasks at once read it without an engine query per instance.
 */
@Component
public class InstanceRecords {

    /** Title and business key of one process instance; either may be null. */
    public record Record(String title, String businessKey) {

        static final Record NONE = new Record(null, null);

        /** "KT-2026-0003 – Khen thưởng …", or whichever of the two there is; null when neither. */
        public String label() {
            return RecordTitle.label(businessKey, title);
        }
    }

    private final JdbcTemplate jdbc;

    InstanceRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Instance id → its record; instances that are not running are missing from the answer. */
    public Map<String, Record> of(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Record> records = new HashMap<>();
        jdbc.query("select E.ID_, E.BUSINESS_KEY_, V.TEXT_ from ACT_RU_EXECUTION E"
                        + " left join ACT_RU_VARIABLE V on V.EXECUTION_ID_ = E.ID_ and V.PROC_INST_ID_ = E.ID_"
                        + " and V.TASK_ID_ is null and V.NAME_ = ?"
                        + " where E.ID_ in (" + String.join(",", Collections.nCopies(processInstanceIds.size(), "?")) + ")",
                rs -> {
                    records.put(rs.getString(1), new Record(rs.getString(3), rs.getString(2)));
                },
                Stream.concat(Stream.of(RecordTitle.VARIABLE), processInstanceIds.stream()).toArray());
        return records;
    }
}
