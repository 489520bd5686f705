package vn.phoihop.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Our additions to Camunda's own tables (indexes the task list's queries need), as Flyway
 * migrations of their own: {@code db/engine/<vendor>}, recorded in {@code app_engine_schema_history}.
 * They run once the engine has created its schema, which the product's own migrations precede:
 * this bean depends on the {@link ProcessEngine}, so on an empty database the tables are there.
 */
@Component
class EngineSchemaMigrations implements InitializingBean {

    private final DataSource dataSource;

    EngineSchemaMigrations(DataSource dataSource, ProcessEngine engineWithItsSchema) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/engine/" + vendor())
                .table("app_engine_schema_history")
                // the schema holds the product's tables and Camunda's: it is never empty here
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell the database's kind", e);
        }
    }
}
