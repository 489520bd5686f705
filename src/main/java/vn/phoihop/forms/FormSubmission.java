package vn.phoihop.forms;

import org.springframework.web.multipart.MultipartFile;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The outcome of binding one POST of a form.
 *
 * @param values    typed values for the keys the form declares, ready to become process variables; a field
 *                  left empty maps to {@code null}; disabled fields and file pickers are absent
 * @param rawValues what the browser sent per key, to show again after an error
 * @param files     uploaded, non-empty files per file-picker key
 * @param errors    refused fields, per key; empty when the submission is valid
 */
public record FormSubmission(Map<String, Object> values, Map<String, List<String>> rawValues,
                             Map<String, List<MultipartFile>> files, Map<String, List<FormFieldError>> errors) {

    public FormSubmission {
        // Values may be null (a cleared field), which Map.copyOf would reject.
        values = Collections.unmodifiableMap(values);
        rawValues = Collections.unmodifiableMap(rawValues);
        files = Collections.unmodifiableMap(files);
        errors = Collections.unmodifiableMap(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public List<FormFieldError> errorsFor(String key) {
        return errors.getOrDefault(key, List.of());
    }
}
