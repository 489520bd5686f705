package vn.phoihop.tasks;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.phoihop.search.SearchText;

/**
 * Which shape of the task list's SQL suits the database ({@link TaskListSql.Shape}). Asked at the
 * first list, not at start: the trigram indexes come with the engine's schema migrations, which
 * run once the engine is up, and whether they exist depends on the server (pg_trgm is optional).
 */
@Component
class TaskListDatabase {

    /** As {@code db/engine/postgresql/V2__task_search_trigram.sql} names them (PostgreSQL folds them to lower case). */
    static final List<String> SEARCH_INDEXES = List.of(
            "act_idx_task_name_folded", "act_idx_exec_buskey_folded", "act_idx_var_record_folded");

    /** Texts matching at most this many names, keys, titles and numbers are searched through the indexes. */
    static final int FEW_MATCHES = 500;

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private volatile TaskListSql.Shape shape;

    TaskListDatabase(JdbcTemplate jdbc, ProcessEngine engine) {
        this.jdbc = jdbc;
        this.postgres = "postgres".equals(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDatabaseType());
    }

    TaskListSql.Shape shape() {
        TaskListSql.Shape known = shape;
        if (known == null) {
            // computed twice at worst, by two first requests at once, with the same answer
            known = postgres ? new TaskListSql.Shape(true, hasSearchIndexes()) : TaskListSql.Shape.H2;
            shape = known;
        }
        return known;
    }

    /**
     * Whether the text is rare enough to search through the indexes: the search then joins what it
     * found to the user's tasks, which is quick for a few hundred and took 26 s for a step's name
     * that a million tasks share. A common text reads the user's tasks in order instead and stops
     * at the page. Counting up to the limit through the indexes took 1–25 ms for a rare text and
     * 150 ms for one in every record title, among a million.
     */
    boolean fewMatch(String text) {
        String quick = SearchText.quickPattern(text);
        String folded = SearchText.pattern(text);
        Integer matches = jdbc.queryForObject(TaskListSql.TEXT_MATCHES_UP_TO, Integer.class,
                quick, folded, quick, folded, quick, folded, FEW_MATCHES + 1);
        return matches != null && matches <= FEW_MATCHES;
    }

    /**
     * For the rest of this transaction, no parallel workers: PostgreSQL prices the trigram indexes'
     * scans high enough to start two workers for a search that then reads a handful of rows, and
     * starting them took 40 ms on a two-core server against 4 ms for the query itself.
     */
    void searchWithoutParallelWorkers() {
        jdbc.execute("set local max_parallel_workers_per_gather = 0");
    }

    private boolean hasSearchIndexes() {
        Integer found = jdbc.queryForObject("select count(*) from pg_indexes where schemaname = current_schema()"
                + " and indexname in (?, ?, ?)", Integer.class, SEARCH_INDEXES.toArray());
        return found != null && found == SEARCH_INDEXES.size();
    }
}
