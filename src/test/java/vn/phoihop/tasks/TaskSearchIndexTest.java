package vn.phoihop.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.search.SearchText;
import vn.phoihop.testsupport.TestDatabase;

/**
 * The task search's trigram indexes serve the search only while each index's expression is the
 * search's own folding, character for character: a change to {@link SearchText} without a new
 * migration would quietly bring back the read of every open task.
 */
@IntegrationTest
class TaskSearchIndexTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskListDatabase database;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theMigrationIndexesTheExpressionsTheSearchTests() throws IOException {
        String migration;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TaskListDatabase.SEARCH_INDEXES_MIGRATION)) {
            migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(migration)
                .contains("on ACT_RU_TASK\n      using gin ((" + SearchText.sql("NAME_") + ") gin_trgm_ops)")
                .contains("on ACT_RU_EXECUTION\n      using gin ((" + SearchText.sql("BUSINESS_KEY_") + ") gin_trgm_ops)")
                .contains("on ACT_RU_VARIABLE\n      using gin ((" + SearchText.sql("TEXT_") + ") gin_trgm_ops)")
                .contains("where " + TaskListSql.RECORD_VARIABLES.replace("V.", ""));
        for (String index : TaskListDatabase.SEARCH_INDEXES) {
            assertThat(migration.toLowerCase(java.util.Locale.ROOT)).contains("create index " + index + " on ");
        }
    }

    @Test
    void onPostgresqlWithPgTrgmTheSearchReadsTheIndexes() {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
        assumeTrue(jdbc.queryForObject("select count(*) from pg_available_extensions where name = 'pg_trgm'", Integer.class) > 0,
                "a server without pg_trgm keeps the search that reads the tasks");
        assertThat(database.shape()).isEqualTo(new TaskListSql.Shape(true, true));
        assertThat(plan("select T.ID_ from ACT_RU_TASK T where " + SearchText.matches("T.NAME_", "?", "?")))
                .contains("act_idx_task_name_folded");
        assertThat(plan("select E.ID_ from ACT_RU_EXECUTION E where " + SearchText.matches("E.BUSINESS_KEY_", "?", "?")))
                .contains("act_idx_exec_buskey_folded");
        // among a handful of variables the index on their names is cheaper: as many titles as a
        // province's open records, for the planner's statistics, in a transaction rolled back
        assertThat(plan("select V.ID_ from ACT_RU_VARIABLE V where " + TaskListSql.RECORD_VARIABLES
                        + " and " + SearchText.matches("V.TEXT_", "?", "?"),
                "insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, TEXT_, VAR_SCOPE_)"
                        + " select 'plan-' || i, 1, 'string', '" + RecordTitle.VARIABLE + "', 'Đơn vị số ' || i, 'plan-' || i"
                        + " from generate_series(1, 20000) i",
                "analyze ACT_RU_VARIABLE"))
                .contains("act_idx_var_record_folded");
    }

    @Test
    void onPostgresqlATextManyTasksShareIsNotSearchedThroughTheIndexes() {
        assumeTrue(TestDatabase.isPostgres() && database.shape().indexedSearch(), "PostgreSQL with the trigram indexes only");
        // joining what the indexes found to the user's tasks took 26 s for a step's name a million tasks share
        Boolean[] answers = transaction.execute(status -> {
            jdbc.update("insert into ACT_RU_TASK (ID_, REV_, NAME_, SUSPENSION_STATE_)"
                    + " select 'shared-' || i, 1, 'Chiến dịch rộng khắp', 1 from generate_series(1, ?) i",
                    TaskListDatabase.FEW_MATCHES + 1);
            Boolean[] found = {database.fewMatch("chien dich rong khap"), database.fewMatch("chiến dịch " + UUID.randomUUID())};
            status.setRollbackOnly();
            return found;
        });
        assertThat(answers).containsExactly(false, true);
    }

    @Test
    void onPostgresqlWithPgTrgmIndexesMissingAtStartAreCreatedAgain() {
        assumeTrue(TestDatabase.isPostgres() && database.shape().indexedSearch(), "PostgreSQL with the trigram indexes only");
        // as a server that had no pg_trgm when the migration ran, and one of them dropped by hand
        List<String> rebuilt = transaction.execute(status -> {
            jdbc.execute("drop index " + TaskListDatabase.SEARCH_INDEXES.get(0));
            jdbc.execute("drop index " + TaskListDatabase.SEARCH_INDEXES.get(2));
            assertThat(searchIndexes()).containsExactly(TaskListDatabase.SEARCH_INDEXES.get(1));
            assertThat(database.createMissingSearchIndexes()).isTrue();
            List<String> found = searchIndexes();
            status.setRollbackOnly();
            return found;
        });
        assertThat(rebuilt).containsExactlyInAnyOrderElementsOf(TaskListDatabase.SEARCH_INDEXES);
    }

    @Test
    void onPostgresqlTheSearchTurnsOffParallelWorkersForItsTransactionOnly() {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only");
        String outside = jdbc.queryForObject("show max_parallel_workers_per_gather", String.class);
        String inside = transaction.execute(status -> {
            database.searchWithoutParallelWorkers();
            return jdbc.queryForObject("show max_parallel_workers_per_gather", String.class);
        });
        assertThat(inside).isEqualTo("0");
        assertThat(outside).isNotEqualTo("0");
        assertThat(jdbc.queryForObject("show max_parallel_workers_per_gather", String.class)).isEqualTo(outside);
    }

    private List<String> searchIndexes() {
        return jdbc.queryForList("select indexname from pg_indexes where schemaname = current_schema()"
                + " and indexname in (?, ?, ?) order by indexname", String.class, TaskListDatabase.SEARCH_INDEXES.toArray());
    }

    /**
     * The plan with sequential scans priced out, after the setup: it names an index only if the
     * expression is the index's. Everything is rolled back.
     */
    private String plan(String query, String... setup) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                for (String statement : setup) {
                    settings.execute(statement);
                }
                settings.execute("set local enable_seqscan = off");
                try (PreparedStatement explain = connection.prepareStatement("explain " + query)) {
                    explain.setString(1, SearchText.quickPattern("nguyen van dat"));
                    explain.setString(2, SearchText.pattern("nguyen van dat"));
                    List<String> lines = new ArrayList<>();
                    try (ResultSet rows = explain.executeQuery()) {
                        while (rows.next()) {
                            lines.add(rows.getString(1));
                        }
                    }
                    return String.join("\n", lines).toLowerCase(java.util.Locale.ROOT);
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        });
    }
}
