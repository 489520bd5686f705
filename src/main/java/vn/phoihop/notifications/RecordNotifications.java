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
        if (recipientId == null) {
            return;
        }
        String shortTitle = title.length() > 255 ? title.substring(0, 255) : title;
        writer.notify(recipientId, NotificationKind.RECORD_OUTCOME, new TaskRef("record:" + recordKey, processInstanceId, shortTitle, path));
    }
}
