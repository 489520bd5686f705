package vn.phoihop.documents;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives document numbers: 1, 2, 3 … per issuer and calendar year, never twice and without gaps,
 * on every node of a cluster, as Decree 30/2020/NĐ-CP numbers an issuer's documents. An issuer is
 * any counter name: an issuing body's symbol ("CAT") for decisions, or a name no symbol has
 * ("record:KT", see {@link RecordIds}) for record ids. The table keeps the name {@code decision_number} of its first use,
 * since renaming it would take a migration and gain nothing.
 *
 * <p>The database row of the counter is the only lock: an in-memory counter or a sequence would
 * either differ between nodes or lose numbers on rollback.
 *
 * <p>{@link #next} joins the caller's transaction (a Camunda delegate's, for example): the
 * counter row stays locked until that transaction ends, so a caller that rolls back gives its
 * number back to the next caller instead of leaving a gap. The price is that callers for the same
 * issuer and year wait for each other's transactions, so callers should take the number late.
 */
@Component
public class DocumentNumbers {

    /** The width of {@code decision_number.issuer}; forms that accept an issuer symbol check it. */
    public static final int MAX_ISSUER_LENGTH = 32;
    /** SQL standard state, used by both H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate joinCaller;

    DocumentNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.joinCaller = new TransactionTemplate(transactionManager);
        this.joinCaller.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    public DocumentNumber next(String issuer, int year) {
        if (issuer == null || issuer.isBlank() || issuer.length() > MAX_ISSUER_LENGTH) {
            throw new IllegalArgumentException("issuer must be 1 to " + MAX_ISSUER_LENGTH + " characters: " + issuer);
        }
        if (year < 1) {
            throw new IllegalArgumentException("year: " + year);
        }
        Integer number = joinCaller.execute(status -> {
            if (increment(issuer, year) == 0) {
                createCounter(issuer, year);
                if (increment(issuer, year) == 0) {
                    throw new IllegalStateException("document number counter missing for " + issuer + " " + year);
                }
            }
            return jdbc.queryForObject("select last_number from decision_number where issuer = ? and issue_year = ?",
                    Integer.class, issuer, year);
        });
        return new DocumentNumber(issuer, year, number);
    }

    private int increment(String issuer, int year) {
        return jdbc.update("update decision_number set last_number = last_number + 1 where issuer = ? and issue_year = ?",
                issuer, year);
    }

    /**
     * Only the first call of an issuer's year gets here, and concurrent first calls race on the
     * primary key. The loser rolls back to a savepoint because PostgreSQL refuses every further
     * statement of a transaction after a failed one, and this transaction may be the caller's. A
     * savepoint rather than a separate transaction: that would hold a second pooled connection
     * while the caller's waits, and enough such callers would exhaust the pool.
     */
    private void createCounter(String issuer, int year) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            Savepoint savepoint = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into decision_number (issuer, issue_year, last_number) values (?, ?, 0)")) {
                insert.setString(1, issuer);
                insert.setInt(2, year);
                insert.executeUpdate();
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                connection.rollback(savepoint);
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            return null;
        });
    }
}
