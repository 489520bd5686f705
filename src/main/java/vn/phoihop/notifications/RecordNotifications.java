package vn.phoihop.notifications;

import org.springframework.stereotype.Component;

/**
 * Tells a user that a record they started came to an end (issued, refused, rejected …), in the
 * app and by e-mail like the task notifications. Called from inside the process, so a step that
 * rolls back tells nobody; the record key makes a repeated call notify once.
 */
@Component
public class RecordNotifications {

    private final NotificationWriter writer;

    RecordNotifications(NotificationWriter writer) {
        this.writer = writer;
    }

    /**
     * @param recordKey e.g. the proposal id; one outcome notification per record and recipient
     * @param path      the record's page, e.g. {@code /commendations/KT-2026-0007}
     */
    public void outcome(String recipientId, String recordKey, String processInstanceId, String title, String path) {
        outcome(recipientId, recordKey, processInstanceId, title, path, null, null);
    }

    /**
     * The same, saying which outcome: "Đã ban hành quyết định 05/QĐ-CAT", "Không được phê duyệt" …
     *
     * @param outcome null when the caller cannot tell (then only "has an outcome" is said)
     * @param detail  what the outcome's message names, e.g. the decision number of {@link RecordOutcome#ISSUED}; may be null
     */
    public void outcome(String recipientId, String recordKey, String processInstanceId, String title, String path,
                        RecordOutcome outcome, String detail) {
        if (recipientId == null) {
            return;
        }
        writer.notify(recipientId, NotificationKind.RECORD_OUTCOME,
                TaskRef.outcome(recordKey, processInstanceId, title, path, outcome, detail));
    }
}
