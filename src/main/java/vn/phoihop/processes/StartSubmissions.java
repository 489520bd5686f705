package vn.phoihop.processes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a start form idempotent. The form carries a random token; the first POST inserts it (the
 * database's primary key decides, on every node), later POSTs of the same form find it taken and
 * are sent to what the first one started.
 */
@Component
class StartSubmissions {

    private final JdbcTemplate jdbc;

    StartSubmissions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String newToken() {
        return UUID.randomUUID().toString();
    }

    /** True for the first submission of this token. */
    boolean claim(String token, String userId) {
        try {
            jdbc.update("insert into start_submission (token, user_id, created_at) values (?, ?, ?)",
                    token, userId, Timestamp.from(Instant.now()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    void started(String token, String processInstanceId) {
        jdbc.update("update start_submission set process_instance_id = ? where token = ?", processInstanceId, token);
    }

    /** Forgets a claim whose start failed, so that the user can correct the form and post it again. */
    void release(String token) {
        jdbc.update("delete from start_submission where token = ? and process_instance_id is null", token);
    }

    static boolean isWellFormed(String token) {
        try {
            return token != null && UUID.fromString(token).toString().equals(token);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
