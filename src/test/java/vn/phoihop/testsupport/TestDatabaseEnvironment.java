package vn.phoihop.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application at a database of its own (see {@link TestDatabase}) unless the
 * test chose one itself, as the restart test does with its H2 file. Tests never write to the
 * product's own ./data folder.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PRODUCT_DEFAULT_URL = "jdbc:h2:file:./data/phoihop";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!PRODUCT_DEFAULT_URL.equals(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        DatabaseSettings database = TestDatabase.newDatabase();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database.url());
        properties.put("spring.datasource.username", database.username());
        properties.put("spring.datasource.password", database.password());
        // At JVM exit the test databases are dropped while cached applications may still be closing;
        // a short wait for a connection lets them give up at once instead of after Hikari's 30 s.
        properties.put("spring.datasource.hikari.connection-timeout", "2000");
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }

    /** After the application's own configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
