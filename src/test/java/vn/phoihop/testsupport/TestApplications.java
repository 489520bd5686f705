package vn.phoihop.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.phoihop.PhoiHopApplication;

/** Starts the real application outside the test context cache, for tests about start-up itself. */
public final class TestApplications {

    private TestApplications() {
    }

    public static ConfigurableApplicationContext start(Map<String, Object> properties, String... profiles) {
        return start(properties, new Class<?>[0], profiles);
    }

    /** With extra configuration classes, e.g. a benchmark's own probes. */
    public static ConfigurableApplicationContext start(Map<String, Object> properties, Class<?>[] extraSources,
                                                       String... profiles) {
        List<String> args = new ArrayList<>();
        args.add("--server.port=0");
        // Camunda keeps a JVM-wide registry of engines by name: a second "default" engine would
        // replace, and on close remove, the one the cached test context serves its REST API from.
        args.add("--camunda.bpm.process-engine-name=app" + UUID.randomUUID().toString().replace("-", ""));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        try {
            return new SpringApplicationBuilder(PhoiHopApplication.class)
                    .sources(extraSources)
                    .profiles(profiles)
                    .run(args.toArray(String[]::new));
        } catch (RuntimeException failedStart) {
            CamundaWebappFilters.forgetFailedContext();
            throw failedStart;
        }
    }

    /**
     * Camunda's webapp filters keep the last application context in a static field and forget it
     * only when a context closes after a successful start. A start refused during refresh would
     * leave its half-built context there, and every later start in this JVM would fail.
     */
    private static final class CamundaWebappFilters extends LazyInitRegistration {

        static void forgetFailedContext() {
            new CamundaWebappFilters().onContextClosed(null);
        }
    }

    /** An H2 file database under the given folder: survives closing the application. */
    public static String h2File(Path folder) {
        return "jdbc:h2:file:" + folder.resolve("phoihop").toAbsolutePath();
    }
}
