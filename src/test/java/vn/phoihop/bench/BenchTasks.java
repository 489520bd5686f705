package vn.phoihop.bench;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.tasks.RecordTitle;

/**
 * Fills the task list: the first {@link #SEED} tasks through the engine (real instances with
 * their record titles), the others as copies of them made by SQL in chunks, each with a task id,
 * a candidate link for px05, a created time and a due date of its own, and an instance of its own
 * with its business key and record title ("Đơn vị số N"), as a province's open records have: the
 * search reads those tables too. A million tasks take minutes this way instead of hours through
 * the engine.
 */
final class BenchTasks {

    /** Process instances made through the engine; the rest of the tasks are copies of theirs, in bulk. */
    static final int SEED = 1_000;

    private static final int CHUNK = 100_000;
    private final String db;
    private final ConfigurableApplicationContext app;
    private final JdbcTemplate jdbc;
    private int filled;

    BenchTasks(String db, ConfigurableApplicationContext app) {
        this.db = db;
        this.app = app;
        this.jdbc = app.getBean(JdbcTemplate.class);
    }

    void upTo(int size) {
        long started = System.nanoTime();
        RuntimeService runtime = app.getBean(RuntimeService.class);
        int before = filled;
        for (; filled < Math.min(size, SEED); filled++) {
            runtime.startProcessInstanceByKey("SmokeTestProcess", "unit-" + filled,
                    Map.of(RecordTitle.VARIABLE, "Đơn vị số " + filled));
        }
        while (filled < size) {
            int to = Math.min(size, filled + CHUNK);
            copy(filled, to);
            filled = to;
        }
        if ("postgres".equals(db)) {
            // A database in use has statistics (autovacuum analyzes tables after this many inserts);
            // a freshly filled one has none, and PostgreSQL then picks nested loops that take seconds.
            jdbc.execute("analyze");
        }
        System.out.printf("%s: %d → %d open tasks in %.1f s%n", db, before, filled, (System.nanoTime() - started) / 1e9);
    }

    /** Tasks number {@code from} (inclusive) to {@code to}, copied from the seed tasks in turn. */
    private void copy(int from, int to) {
        String series = "postgres".equals(db) ? "(select N from generate_series(?, ?) as G(N)) S"
                : "(select X as N from system_range(?, ?)) S";
        String instance = "concat('bench-instance-', S.N)";
        // the seed tasks numbered in a fixed order; each copy N is made from seed task N mod SEED
        String seed = "(select T0.*, row_number() over (order by T0.ID_) - 1 as K from ACT_RU_TASK T0"
                + " where T0.ID_ not like 'bench-%') T";
        String fromSeed = " from " + seed + " join " + series + " on T.K = mod(S.N, " + SEED + ")";
        jdbc.update(postgres(copyOf("ACT_RU_EXECUTION", "E", Map.of(
                "ID_", instance, "PROC_INST_ID_", instance, "ROOT_PROC_INST_ID_", instance,
                "BUSINESS_KEY_", "concat('unit-', S.N)"))
                + fromSeed + " join ACT_RU_EXECUTION E on E.ID_ = T.PROC_INST_ID_"), from, to - 1);
        jdbc.update(postgres(copyOf("ACT_RU_VARIABLE", "V", Map.of(
                "ID_", "concat('bench-title-', S.N)", "EXECUTION_ID_", instance, "PROC_INST_ID_", instance,
                "VAR_SCOPE_", instance, "TEXT_", "concat('Đơn vị số ', S.N)"))
                + fromSeed + " join ACT_RU_VARIABLE V on V.EXECUTION_ID_ = T.PROC_INST_ID_ and V.NAME_ = '"
                + RecordTitle.VARIABLE + "'"), from, to - 1);
        jdbc.update(postgres(copyOf("ACT_RU_TASK", "T", Map.of(
                "ID_", "concat('bench-', S.N)", "EXECUTION_ID_", instance, "PROC_INST_ID_", instance,
                "CREATE_TIME_", "dateadd(second, -S.N, T.CREATE_TIME_)",
                "DUE_DATE_", "dateadd(hour, mod(S.N, 24 * 60) - 240, T.CREATE_TIME_)"))
                + fromSeed), from, to - 1);
        jdbc.update(postgres("insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)"
                + " select concat('bench-link-', S.N), 1, 'px05', 'candidate', concat('bench-', S.N) from " + series),
                from, to - 1);
    }

    /** {@code insert into table (…) select …} taking every column from the row {@code alias}, but the ones given. */
    private String copyOf(String table, String alias, Map<String, String> changed) {
        List<String> columns = columns(table);
        StringBuilder select = new StringBuilder();
        for (String column : columns) {
            select.append(select.isEmpty() ? "" : ", ").append(changed.getOrDefault(column, alias + "." + column));
        }
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + select;
    }

    /** PostgreSQL has no dateadd: the same shift as interval arithmetic. */
    private String postgres(String sql) {
        if (!"postgres".equals(db)) {
            return sql;
        }
        return sql.replace("dateadd(second, -S.N, T.CREATE_TIME_)", "T.CREATE_TIME_ - S.N * interval '1 second'")
                .replace("dateadd(hour, mod(S.N, 24 * 60) - 240, T.CREATE_TIME_)", "T.CREATE_TIME_ + (mod(S.N, 24 * 60) - 240) * interval '1 hour'");
    }

    private List<String> columns(String table) {
        return jdbc.query("select * from " + table + " where 1 = 0", rows -> {
            var meta = rows.getMetaData();
            List<String> names = new java.util.ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toUpperCase(java.util.Locale.ROOT));
            }
            return names;
        });
    }
}
