package vn.phoihop.tasks;

import java.util.Date;

/** One line of the task list: the task and the record it concerns. */
public record TaskRow(String id, String name, String processName, String recordTitle, String businessKey,
               Date due, Date created, int priority, String assignee, boolean overdue, String substitutedFor) {

    public String record() {
        return recordTitle != null ? recordTitle : businessKey;
    }
}
