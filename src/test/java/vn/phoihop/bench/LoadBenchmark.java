package vn.phoihop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.phoihop.testsupport.DemoAccountsFile;

/**
 * Many users at once against one local node: {@code bench.users} (50) logged-in clients, each as
 * one of the demo accounts in turn, each asking for the next page {@code bench.thinkMillis} (1,000)
 * after the last one came (0: as soon as it came, which measures the node's saturation, not people),
 * for {@code bench.seconds} (60), over a mixed set of the portal's pages with {@code bench.tasks}
 * (10,000) open tasks. Prints requests per second, p50/p95 of the round trip, overall and per page,
 * and the errors (any answer but 200). Run: {@code mvn -Pbenchmark-load test}.
 */
public final class LoadBenchmark {

    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int TASKS = Integer.getInteger("bench.tasks", 10_000);
    private static final int THINK_MILLIS = Integer.getInteger("bench.thinkMillis", 1_000);
    /** The pages and how often each is asked for (a task list is what people open most). */
    private static final List<String> MIX = List.of("/tasks", "/tasks", "/tasks", "/tasks/counts", "/tasks/counts",
            "/", "/", "/processes", "/dashboard", "/commendations", "/units", "/meetings", "/plans", "/reports");

    public static void main(String[] args) throws Exception {
        List<String> report = PortalBench.onEachDatabase(Map.of(), LoadBenchmark::run);
        System.out.println();
        System.out.println("Load benchmark: " + USERS + " users, " + THINK_MILLIS + " ms between pages, for " + SECONDS + " s, " + TASKS
                + " open tasks, pages " + MIX.stream().distinct().toList() + " (ms)");
        report.forEach(System.out::println);
        System.exit(0);
    }

    private static String run(String db, ConfigurableApplicationContext app) throws Exception {
        new BenchTasks(db, app).upTo(TASKS);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        List<String> accounts = DemoAccountsFile.users().stream().map(user -> user.get("id").toString()).toList();
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            String account = accounts.get(i % accounts.size());
            clients.add(new Client(account, PortalBench.loggedIn(port, account), port));
        }
        // a page the account may not open (403) is not part of its mix: learn them first, and warm up
        for (Client client : clients) {
            client.learnPages();
        }
        Map<String, List<Double>> millis = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        for (Client client : clients) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    client.askOnePage(millis, errors);
                    if (THINK_MILLIS > 0) {
                        try {
                            // spread around the mean, so that the users do not march in step
                            Thread.sleep(ThreadLocalRandom.current().nextLong(THINK_MILLIS / 2, THINK_MILLIS * 3L / 2 + 1));
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(SECONDS + 60L, java.util.concurrent.TimeUnit.SECONDS);
        List<Double> all = millis.values().stream().flatMap(List::stream).toList();
        PortalBench.Stats stats = PortalBench.Stats.of(all);
        StringBuilder pages = new StringBuilder();
        new java.util.TreeMap<>(millis).forEach((page, times) -> {
            PortalBench.Stats of = PortalBench.Stats.of(times);
            pages.append(String.format("%n          %-15s %5d requests p50 %7.1f p95 %7.1f", page, times.size(), of.p50(), of.p95()));
        });
        return String.format("%-9s %d requests in %d s = %.0f/s | round trip p50 %.1f p95 %.1f | errors %d | %s%s",
                db, all.size(), SECONDS, all.size() / (double) SECONDS, stats.p50(), stats.p95(), errors.get(),
                stats.p95() <= 250 && errors.get() == 0 ? "within (p95 ≤ 250 ms, no error)" : "OVER", pages);
    }

    private static final class Client {

        private final String account;
        private final HttpClient http;
        private final int port;
        private final List<String> pages = new ArrayList<>();

        Client(String account, HttpClient http, int port) {
            this.account = account;
            this.http = http;
            this.port = port;
        }

        void learnPages() throws Exception {
            for (String page : MIX) {
                if (send(page).statusCode() == 200) {
                    pages.add(page);
                }
            }
            if (pages.isEmpty()) {
                throw new IllegalStateException(account + " may open none of the pages");
            }
        }

        void askOnePage(Map<String, List<Double>> millis, AtomicInteger errors) {
            String page = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
            long start = System.nanoTime();
            try {
                if (send(page).statusCode() != 200) {
                    errors.incrementAndGet();
                }
            } catch (Exception e) {
                errors.incrementAndGet();
            }
            millis.computeIfAbsent(page, any -> Collections.synchronizedList(new ArrayList<>())).add((System.nanoTime() - start) / 1e6);
        }

        private HttpResponse<String> send(String page) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
