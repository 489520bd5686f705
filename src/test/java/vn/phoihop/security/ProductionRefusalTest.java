package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import vn.phoihop.testsupport.DatabaseSettings;
import vn.phoihop.testsupport.TestApplications;
import vn.phoihop.testsupport.TestDatabase;

/** A production start that cannot create its first administrator stops before it serves or writes anything. */
class ProductionRefusalTest {

    private static final List<String> WRITTEN_AT_START = List.of("act_id_group", "act_id_user", "act_id_membership",
            "act_ru_authorization", "act_re_deployment", "organization", "movement_model_type", "award_form");

    @Test
    void withoutAnAdministratorPasswordNothingIsWrittenAndNoPortOpens() throws SQLException {
        DatabaseSettings database = TestDatabase.newDatabase();
        PortOpened.seen = false;

        assertThatThrownBy(() -> TestApplications.start(Map.of(
                "spring.datasource.url", database.url(),
                "spring.datasource.username", database.username(),
                "spring.datasource.password", database.password()), new Class<?>[] {PortOpened.class}).close())
                .hasStackTraceContaining("there is no administrator yet")
                .hasStackTraceContaining("PHOIHOP_ADMIN_PASSWORD");

        assertThat(PortOpened.seen).as("the web server started").isFalse();
        try (Connection connection = DriverManager.getConnection(database.url(), database.username(), database.password())) {
            for (String table : WRITTEN_AT_START) {
                assertThat(rows(connection, table)).as(table).isZero();
            }
        }
    }

    /** A table that does not exist has no rows either. */
    private static long rows(Connection connection, String table) throws SQLException {
        for (String name : List.of(table, table.toUpperCase())) {
            try (var tables = connection.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (tables.next()) {
                    try (var count = connection.createStatement().executeQuery("select count(*) from " + table)) {
                        count.next();
                        return count.getLong(1);
                    }
                }
            }
        }
        return 0;
    }

    static class PortOpened implements ApplicationListener<WebServerInitializedEvent> {

        static volatile boolean seen;

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            seen = true;
        }
    }
}
