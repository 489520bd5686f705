package vn.phoihop.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.testsupport.TestApplications;

/**
 * The product may be given a schema that already holds tables, e.g. Camunda's created by its SQL
 * scripts before the first start. Flyway then baselines the schema instead of refusing it, and
 * every migration from V1 on must still run: a baseline at Flyway's default version 1 would skip
 * V1 without a word and leave the product without its reference-data tables.
 */
@Tag("h2-only")
class NonEmptySchemaTest {

    @TempDir
    Path data;

    @Test
    void everyMigrationRunsOnASchemaThatAlreadyHoldsATable() throws SQLException {
        String url = TestApplications.h2File(data);
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("create table foreign_note (id int primary key, text varchar(100))");
            statement.execute("insert into foreign_note values (1, 'not ours')");
        }

        try (var app = TestApplications.start(Map.of("spring.datasource.url", url), "demo")) {
            var jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from organization", Integer.class))
                    .as("reference data loaded into V1's tables").isPositive();
            assertThat(Arrays.stream(app.getBean(Flyway.class).info().applied()).map(MigrationInfo::getScript))
                    .contains("V1__reference_data.sql");
            assertThat(jdbc.queryForObject("select text from foreign_note where id = 1", String.class))
                    .isEqualTo("not ours");
        }
    }
}
