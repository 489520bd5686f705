package vn.phoihop.tasks;

import java.util.Optional;

/**
 * A feature's short account of the record a task is about, shown on the task page beside the
 * form, so that whoever appraises or approves sees what they decide on without leaving the page.
 * A feature adds a bean per process; the task page finds it by the task's process definition key
 * and inserts the fragment {@code summary(record)} of {@link #template()}.
 */
public interface RecordSummary {

    String processDefinitionKey();

    /** A template holding a fragment {@code summary(record)}, e.g. {@code commendations/task-summary}. */
    String template();

    /** What the fragment gets as {@code record}; empty when the instance has no record (yet). */
    Optional<Object> of(String processInstanceId);
}
