package vn.phoihop.startup;

import java.util.List;
import java.util.StringJoiner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the {@link StartupLoader}s before the web server opens its port, so that no request (a
 * first login, a readiness probe) is answered before the accounts and the reference data exist.
 *
 * <p>All loaders run in one transaction that first locks the row of {@code startup_lock}: nodes
 * of a cluster that start at once load one after the other, and the later ones find everything
 * present instead of inserting the same rows twice. A loader that fails rolls back what the
 * others wrote, and start-up stops.
 */
@Component
class StartupData implements SmartLifecycle {

    /** Before Spring Boot's web server start ({@code WebServerStartStopLifecycle}, 1024 below this constant). */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    private static final Logger log = LoggerFactory.getLogger(StartupData.class);

    private final List<StartupLoader> loaders;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private volatile boolean loaded;

    /** {@code loaders} arrive sorted by their {@code @Order}, see {@link StartupOrder}. */
    StartupData(List<StartupLoader> loaders, TransactionTemplate transaction, JdbcTemplate jdbc) {
        this.loaders = loaders;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void start() {
        if (!loaded) {
            loadAll();
            loaded = true;
        }
    }

    void loadAll() {
        long started = System.nanoTime();
        StringJoiner times = new StringJoiner(", ");
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select id from startup_lock where id = 1 for update", Integer.class);
            for (StartupLoader loader : loaders) {
                long loaderStarted = System.nanoTime();
                loader.loadAtStartup();
                times.add(ClassUtils.getUserClass(loader).getSimpleName() + " " + (System.nanoTime() - loaderStarted) / 1_000_000 + " ms");
            }
        });
        // each loader's time: where a slow start-up spends it (issue #16 asks for start-up under 10 s)
        log.info("Start-up data loaded by {} loaders in {} ms: {}", loaders.size(), (System.nanoTime() - started) / 1_000_000, times);
    }

    /** Nothing to undo: the data stays for the next start. */
    @Override
    public void stop() {
    }

    @Override
    public boolean isRunning() {
        return loaded;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
