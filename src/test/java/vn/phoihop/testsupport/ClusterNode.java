package vn.phoihop.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import vn.phoihop.PhoiHopApplication;

/**
 * One node of the product in a JVM of its own, as an operator starts it (README, "Two nodes"): the
 * same classes, its own port, the shared database. Killing it is a real {@code kill -9}. Its log
 * goes to {@code target/cluster/<name>.log} for the failure that needs it.
 */
public final class ClusterNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final int port;
    private final List<String> command;
    private final Path log;
    private Process process;

    private ClusterNode(String name, List<String> command, int port, Path log) {
        this.name = name;
        this.command = command;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts a node in demo mode (the demo accounts) on the database, and waits until it answers.
     * Its job executor's hostname is the node's name, so the job log says which node ran a job.
     */
    public static ClusterNode start(String name, DatabaseSettings database, Map<String, String> properties) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1",
                "-cp", classPath(), PhoiHopApplication.class.getName(),
                "--server.port=" + port,
                "--spring.profiles.active=demo",
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        Path log = Path.of("target", "cluster", name + ".log").toAbsolutePath();
        ClusterNode node = new ClusterNode(name, command, port, log);
        node.launch();
        return node;
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** {@code kill -9}: no shutdown hook, no finished transaction, locks left behind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts the node again on the same port and database after {@link #kill()}. */
    public void restart() {
        launch();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void launch() {
        try {
            Files.createDirectories(log.getParent());
            Path workingDirectory = Files.createDirectories(log.getParent().resolve(name));
            process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealth();
    }

    private void awaitHealth() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting, see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " did not start within " + START_TIMEOUT + ", see " + log.toAbsolutePath());
    }

    /**
     * Surefire hands the forked JVM its real class path in this property (its own may be a manifest
     * jar). An empty entry would put the working directory on the class path, and the repository's
     * processes/ beside target/classes/processes: every model twice in one deployment.
     */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return Arrays.stream(path.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
