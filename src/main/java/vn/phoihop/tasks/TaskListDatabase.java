package vn.phoihop.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.phoihop.search.SearchText;

/**
 * Which shape of the task list's SQL suits the database ({@link TaskListSql.Shape}). Asked at the
 * first list, not at start: the trigram indexes come with the engine's schema migrations, which
 * run once the engine is up, and whether they exist depends on the server (pg_trgm is optional).
 */
@Component
class TaskListDatabase implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TaskListDatabase.class);

    /** The migration that creates {@link #SEARCH_INDEXES}, if the server has pg_trgm at that moment. */
    static final String SEARCH_INDEXES_MIGRATION = "db/engine/postgresql/V2__task_search_trigram.sql";

    /** As {@link #SEARCH_INDEXES_MIGRATION} names them (PostgreSQL folds them to lower case). */
    static final List<String> SEARCH_INDEXES = List.of(
            "act_idx_task_name_folded", "act_idx_exec_buskey_folded", "act_idx_var_record_folded");

    /** Texts matching at most this many names, keys, titles and numbers are searched through the indexes. */
    static final int FEW_MATCHES = 500;

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private volatile TaskListSql.Shape shape;
    /**
     * The answer of {@link #fewMatch} per folded text, for a minute: the page and its badge counts,
     * which the page asks for next, search the same text, and for a common one the count took 150 ms.
     * A stale answer costs time, never rows: both kinds of query find the same tasks.
     */
    private final Cache<String, Boolean> fewMatches = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(1)).build();

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
        String folded = SearchText.pattern(text);
        return fewMatches.get(folded, ignored -> {
            String quick = SearchText.quickPattern(text);
            Integer matches = jdbc.queryForObject(TaskListSql.TEXT_MATCHES_UP_TO, Integer.class,
                    quick, folded, quick, folded, quick, folded, FEW_MATCHES + 1);
            return matches != null && matches <= FEW_MATCHES;
        });
    }

    /**
     * For the rest of this transaction, no parallel workers: PostgreSQL prices the trigram indexes'
     * scans high enough to start two workers for a search that then reads a handful of rows, and
     * starting them took 40 ms on a two-core server against 4 ms for the query itself.
     */
    void searchWithoutParallelWorkers() {
        jdbc.execute("set local max_parallel_workers_per_gather = 0");
    }

    /**
     * Tries the search indexes' migration again while they are missing. Flyway runs it once: a
     * server that refused pg_trgm then and offers it now (an administrator installed it, or a
     * managed server allowed it) would otherwise never get them. Before the web server starts, so
     * no list has chosen its shape yet; on a server without pg_trgm it costs a catalog query and a
     * refused {@code create extension} per start.
     */
    @Override
    public void afterSingletonsInstantiated() {
        if (postgres && !hasSearchIndexes()) {
            createMissingSearchIndexes();
        }
    }

    /**
     * Runs the migration's script once more, with {@code if not exists}, so that indexes still
     * there are kept and only the missing ones are built. The script swallows its own failures (a
     * refused extension, say) as notices, as Flyway ran it, so the answer is read back.
     */
    boolean createMissingSearchIndexes() {
        jdbc.execute(searchIndexesMigration().replace("create index ", "create index if not exists "));
        boolean created = hasSearchIndexes();
        if (created) {
            log.info("Task search: trigram indexes created ({})", SEARCH_INDEXES);
        } else {
            log.info("Task search: no trigram indexes (pg_trgm missing or refused, see the server's notices);"
                    + " the search reads the user's tasks");
        }
        return created;
    }

    private static String searchIndexesMigration() {
        try (InputStream in = TaskListDatabase.class.getClassLoader().getResourceAsStream(SEARCH_INDEXES_MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean hasSearchIndexes() {
        Integer found = jdbc.queryForObject("select count(*) from pg_indexes where schemaname = current_schema()"
                + " and indexname in (?, ?, ?)", Integer.class, SEARCH_INDEXES.toArray());
        return found != null && found == SEARCH_INDEXES.size();
    }
}
