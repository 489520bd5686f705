package vn.phoihop.forms;

import java.util.Map;

/**
 * A feature's current values for a form shown on a step of one of its processes. The feature's
 * record, not the process variables, holds the business data: a revision form shows the proposal
 * as it stands, a checklist offers the record's rows (under the form's {@code valuesKey}). Values
 * given here win over variables of the same name.
 */
public interface RecordFormValues {

    /** The values by field key (or {@code valuesKey}) for this form and instance; empty when the form is not the feature's. */
    Map<String, Object> values(String formId, String processInstanceId);

    /**
     * The same for one step among several open at once (a multi-instance branch): the step's own
     * variables name which row it is about ({@code actionId}, {@code organization}). Those are set
     * by the engine or the feature's listeners; a form never declares them, so no door can send them.
     */
    default Map<String, Object> values(String formId, String processInstanceId, Map<String, Object> stepVariables) {
        return values(formId, processInstanceId);
    }
}
