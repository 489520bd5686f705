package vn.phoihop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The shapes a lost database takes, as seen on PostgreSQL behind a cut connection (ClusterTest
 * shows the whole page); a failure of the data itself is not one of them and stays a 500.
 */
class DatabaseUnavailableFilterTest {

    @Test
    void aLostDatabaseIsRecognisedWhateverMomentItWentAt() {
        // no connection to be had from the pool
        assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(new CannotCreateTransactionException("no EntityManager",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        // cut while in use: PostgreSQL's connection failure state
        assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(new IllegalStateException(
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        // the pool closed the connection under a transaction, whose rollback then failed
        assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(new JpaSystemException(new TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void anApiCallerIsToldInItsLanguageAsJsonWithWhenToRetry() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var filter = new DatabaseUnavailableFilter(null, new AcceptHeaderLocaleResolver(), messages, new ObjectMapper());
        for (var language : List.of(List.of("vi", "gián đoạn", "30"), List.of("en", "unavailable", "30"))) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
            request.addHeader("Accept-Language", language.get(0));
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, (in, out) -> {
                throw new CannotGetJdbcConnectionException("no connection", new SQLTransientConnectionException("timed out"));
            });
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo(language.get(2));
            assertThat(response.getContentType()).startsWith("application/json");
            var body = new ObjectMapper().readTree(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(body.path("type").asText()).isEqualTo("DatabaseUnavailable");
            assertThat(body.path("message").asText().toLowerCase()).as(language.get(0)).contains(language.get(1), language.get(2));
        }
    }

    @Test
    void aFailureOfTheDataIsNotALostDatabase() {
        assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(new IllegalStateException("a bug"))).isFalse();
    }
}
