package vn.phoihop.forms;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What a form on a step of a process is shown and checked against: the step's variables overlaid
 * with the values its feature reads from its record ({@link RecordFormValues}).
 */
@Component
public class FormContexts {

    private final ObjectProvider<RecordFormValues> recordValues;

    FormContexts(ObjectProvider<RecordFormValues> recordValues) {
        this.recordValues = recordValues;
    }

    /** {@code processInstanceId} is null for a start form: there is no record yet. */
    public FormContext of(FormSchema form, String processInstanceId, Map<String, Object> variables, Locale locale) {
        Map<String, Object> values = new HashMap<>(variables);
        if (processInstanceId == null) {
            return FormContext.of(values, locale);
        }
        recordValues.orderedStream().forEach(source -> values.putAll(source.values(form.id(), processInstanceId, variables)));
        return FormContext.of(values, locale);
    }
}
