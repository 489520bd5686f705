package vn.phoihop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
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
    void aFailureOfTheDataIsNotALostDatabase() {
        assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnavailableFilter.isDatabaseUnreachable(new IllegalStateException("a bug"))).isFalse();
    }
}
