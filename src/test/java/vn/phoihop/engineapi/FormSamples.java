package vn.phoihop.engineapi;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.forms.FormComponent;
import vn.phoihop.forms.FormContext;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.FormOptionsResolver;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.portal.ProvinceClock;

/**
 * A valid filling of any form in {@code forms/}, as the {@code variables} of a Camunda REST call:
 * what a client that knows only the form would send. Options come from the same resolver as the
 * portal's, so the caller's engine authentication must be set for {@code myOrganizations}.
 */
final class FormSamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormSamples() {
    }

    static Map<String, Object> variables(FormSchema form, FormContext context, FormOptionsResolver options) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (FormComponent field : form.fields()) {
            if (!field.locked()) {
                variables.put(field.key(), typed(field, context, options));
            }
        }
        return variables;
    }

    static String json(Map<String, Object> variables) {
        try {
            return JSON.writeValueAsString(Map.of("variables", variables));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> typed(FormComponent field, FormContext context, FormOptionsResolver options) {
        Map<String, Object> variable = new LinkedHashMap<>();
        switch (field.type()) {
            case FILEPICKER -> {
                variable.put("type", "File");
                variable.put("value", Base64.getEncoder().encodeToString(TestFiles.pdf()));
                variable.put("valueInfo", Map.of("filename", field.key() + ".pdf", "mimetype", "application/pdf"));
            }
            case DYNAMICLIST -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < Math.max(1, field.minItems()); i++) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    int index = i;
                    field.components().stream().filter(FormComponent::keyed)
                            .forEach(child -> row.put(child.key(), plain(child, context, options, index)));
                    rows.add(row);
                }
                variable.put("type", "Json");
                variable.put("value", toJson(rows));
            }
            case CHECKLIST -> {
                variable.put("type", "Json");
                variable.put("value", toJson(plain(field, context, options)));
            }
            default -> variable.put("value", plain(field, context, options));
        }
        return variable;
    }

    private static Object plain(FormComponent field, FormContext context, FormOptionsResolver options) {
        return plain(field, context, options, 0);
    }

    /** The row-th row of a list chooses the row-th option where it can, as a person filling rows would (one team member of each side). */
    private static Object plain(FormComponent field, FormContext context, FormOptionsResolver options, int row) {
        return switch (field.type()) {
            case NUMBER -> field.validate().min() != null ? field.validate().min() : 1;
            case CHECKBOX -> true;
            case CHECKLIST -> List.of(first(field, context, options));
            case RADIO, SELECT -> nth(field, context, options, row);
            case DATETIME -> switch (field.subtype() == null ? FormComponent.SUBTYPE_DATE : field.subtype()) {
                case FormComponent.SUBTYPE_TIME -> "09:00";
                case FormComponent.SUBTYPE_DATETIME -> ProvinceClock.today() + "T09:00";
                default -> ProvinceClock.today().toString();
            };
            default -> text(field);
        };
    }

    private static String text(FormComponent field) {
        if ("email".equals(field.validate().validationType())) {
            return "mau.thu@example.vn";
        }
        if ("phone".equals(field.validate().validationType())) {
            return "+84901234567";
        }
        String text = "Mẫu thử của trường " + field.key();
        Integer min = field.validate().minLength();
        while (min != null && text.length() < min) {
            text += " thêm";
        }
        Integer max = field.validate().maxLength();
        return max != null && text.length() > max ? text.substring(0, max) : text;
    }

    private static String first(FormComponent field, FormContext context, FormOptionsResolver options) {
        return nth(field, context, options, 0);
    }

    private static String nth(FormComponent field, FormContext context, FormOptionsResolver options, int index) {
        List<FormOption> offered = options.options(field, context);
        if (offered.isEmpty()) {
            throw new IllegalStateException("No option offered for " + field.key());
        }
        return offered.get(index % offered.size()).value();
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
