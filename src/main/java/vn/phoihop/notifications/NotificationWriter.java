package vn.phoihop.notifications;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;

/**
 * Writes a notification unless the recipient already has one of this kind for this task, and
 * e-mails it when it is new. Runs inside the engine's transaction when called from a task event,
 * so a task that is rolled back notifies nobody.
 *
 * <p>Another node may insert the same row at the same moment. On PostgreSQL a unique violation
 * would abort the whole engine transaction, so the insert there says {@code on conflict do
 * nothing}; H2 rolls back only the statement, so the violation is caught and ignored.
 */
@Component
class NotificationWriter {

    private static final String INSERT = """
            insert into notification (recipient_id, kind, task_id, process_instance_id, title, link, record_label,
                                      outcome, outcome_detail, created_at)
            select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
            where not exists (select 1 from notification where recipient_id = ? and kind = ? and task_id = ?)""";

    private final JdbcTemplate jdbc;
    private final NotificationMailer mailer;
    private volatile String insertSql;

    NotificationWriter(JdbcTemplate jdbc, NotificationMailer mailer) {
        this.jdbc = jdbc;
        this.mailer = mailer;
    }

    /** Answers whether the notification is new. */
    boolean notify(String recipientId, NotificationKind kind, TaskRef task) {
        int inserted;
        try {
            inserted = jdbc.update(insertSql(), recipientId, kind.name(), task.taskId(), task.processInstanceId(), task.title(), task.path(),
                    task.record(), task.outcome() == null ? null : task.outcome().name(), task.outcomeDetail(),
                    OffsetDateTime.ofInstant(ProvinceClock.now(), ZoneOffset.UTC), recipientId, kind.name(), task.taskId());
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
        if (inserted == 0) {
            return false;
        }
        // the e-mail links to the notification, which opens the task or, once it is done, its record;
        // its id is read only when an e-mail goes out
        mailer.sendAfterCommit(recipientId, kind, task, () -> "/notifications/" + jdbc.queryForObject(
                "select id from notification where recipient_id = ? and kind = ? and task_id = ?",
                Long.class, recipientId, kind.name(), task.taskId()));
        return true;
    }

    private String insertSql() {
        if (insertSql == null) {
            String product = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
            insertSql = "PostgreSQL".equalsIgnoreCase(product) ? INSERT + " on conflict (recipient_id, kind, task_id) do nothing" : INSERT;
        }
        return insertSql;
    }
}
