package vn.phoihop.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.phoihop.testsupport.DatabaseSettings;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.TestApplications;
import vn.phoihop.testsupport.TestDatabase;

/** What the benchmarks share: timing with a warm-up, percentiles, the server's own time per page, a logged-in client. */
final class PortalBench {

    private static final int WARM_UP = 20;

    private PortalBench() {
    }

    /** A benchmark's run on one database, answering its report line. */
    @FunctionalInterface
    interface Run {
        String on(String db, ConfigurableApplicationContext app) throws Exception;
    }

    /**
     * Runs the benchmark on each database of {@code bench.dbs} (H2 and PostgreSQL: TEST_POSTGRES_URL,
     * else an embedded server), each time in a fresh database and a fresh demo application with the
     * given settings, and answers the report lines. The engine's clock is reset after each.
     */
    static List<String> onEachDatabase(Map<String, String> settings, Run run) throws Exception {
        List<String> report = new ArrayList<>();
        for (String db : System.getProperty("bench.dbs", "h2,postgres").split(",")) {
            System.setProperty(TestDatabase.SYSTEM_PROPERTY, db);
            DatabaseSettings database = TestDatabase.newDatabase();
            Map<String, Object> properties = new HashMap<>(settings);
            properties.put("spring.datasource.url", database.url());
            properties.put("spring.datasource.username", database.username());
            properties.put("spring.datasource.password", database.password());
            properties.put("logging.level.root", "WARN");
            long starting = System.nanoTime();
            try (ConfigurableApplicationContext app = TestApplications.start(properties,
                    new Class<?>[] {ServerTimes.class, SqlStatements.class}, "demo")) {
                double startSeconds = (System.nanoTime() - starting) / 1e9;
                String line = run.on(db, app);
                report.add(line + String.format(" | start-up %.1f s, heap after the run %d MiB", startSeconds, heapAfterGcMiB()));
            } finally {
                ClockUtil.reset();
            }
        }
        return report;
    }

    /** The heap the application still holds once a full collection has run: what it keeps, not what it churned. */
    private static long heapAfterGcMiB() {
        System.gc();
        return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    record Stats(double p50, double p95) {

        static Stats of(List<Double> millis) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return new Stats(sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
        }
    }

    static Stats measure(int samples, Supplier<?> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            action.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return Stats.of(millis);
    }

    /**
     * The server's own time per request, from the first filter in until the response is written:
     * what the issues' targets are about, without the client's HTTP handling.
     */
    @Configuration(proxyBeanMethods = false)
    static class ServerTimes {

        private static final Map<String, List<Double>> MILLIS = new ConcurrentHashMap<>();

        static void clear() {
            MILLIS.clear();
        }

        /** The last {@code count} timings of the path: the measured requests, after the warm-up. */
        static List<Double> lastMillis(String path, int count) {
            List<Double> all = MILLIS.getOrDefault(path, List.of());
            return all.subList(Math.max(0, all.size() - count), all.size());
        }

        @Bean
        FilterRegistrationBean<Filter> serverTimeFilter() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                long start = System.nanoTime();
                try {
                    chain.doFilter(request, response);
                } finally {
                    MILLIS.computeIfAbsent(((HttpServletRequest) request).getRequestURI(),
                            path -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - start) / 1e6);
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    /** A GET of the portal, answering the page's text; anything but a 200 stops the benchmark. */
    static Supplier<String> body(HttpClient http, int port, String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build();
        return () -> {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(pathAndQuery + " answered " + response.statusCode());
                }
                return response.body();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Logs in through the form as a demo account, as a browser would, and keeps the session cookie. */
    static HttpClient loggedIn(int port, String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + user + "&password=" + URLEncoder.encode(DemoAccountsFile.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("login failed: " + response.statusCode());
        }
        return http;
    }
}
