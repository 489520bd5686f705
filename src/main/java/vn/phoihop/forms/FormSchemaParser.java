package vn.phoihop.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a form-js {@code .form} file (schemaVersion 16). The JSON tree is walked by hand rather than mapped
 * onto classes because form-js mixes value kinds (booleans or FEEL strings, numbers or strings) and because
 * every unsupported feature must be refused by name instead of being silently dropped.
 */
@Component
public class FormSchemaParser {

    // Our own mapper: the application's mapper may be configured for HTTP payloads, not for these files.
    private final ObjectMapper mapper = new ObjectMapper();

    public FormSchema parse(InputStream json, String source) {
        try {
            return parse(mapper.readTree(json), source);
        } catch (JsonProcessingException e) {
            throw new InvalidFormException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidFormException(source + ": cannot be read", e);
        }
    }

    public FormSchema parse(String json, String source) {
        try {
            return parse(mapper.readTree(json), source);
        } catch (JsonProcessingException e) {
            throw new InvalidFormException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private FormSchema parse(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new InvalidFormException(source + ": the form must be a JSON object");
        }
        String formId = text(root, "id");
        if (formId == null || formId.isBlank()) {
            throw new InvalidFormException(source + ": the form has no id (needed by camunda:formRef)");
        }
        Set<String> keys = new HashSet<>();
        List<FormComponent> components = components(root.path("components"), formId, keys);
        return new FormSchema(formId, components);
    }

    private List<FormComponent> components(JsonNode array, String formId, Set<String> keys) {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new InvalidFormException("Form '" + formId + "': 'components' must be an array");
        }
        List<FormComponent> result = new ArrayList<>();
        for (JsonNode node : array) {
            result.add(component(node, formId, keys));
        }
        return result;
    }

    private FormComponent component(JsonNode node, String formId, Set<String> keys) {
        String typeName = text(node, "type");
        String id = text(node, "id");
        FormComponentType type = FormComponentType.fromJson(typeName).orElse(null);
        // A dynamic list has no key: its rows are stored under its "path".
        String keyProperty = type == FormComponentType.DYNAMICLIST ? "path" : "key";
        String key = text(node, keyProperty);
        String ref = key != null ? key : (id != null ? id : "?");
        if (type == null) {
            throw new UnsupportedFormComponentException(formId, ref, String.valueOf(typeName),
                    "is not supported by the portal's server-side forms");
        }

        refuseUnevaluableExpressions(node, formId, ref, typeName);

        if (type.keyed()) {
            if (key == null || key.isBlank()) {
                throw new InvalidFormException("Form '" + formId + "': component '" + ref + "' of type '"
                        + typeName + "' has no " + keyProperty);
            }
            // form-js turns "a.b" into a nested object; our flat request parameters cannot mirror that.
            if (!key.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new UnsupportedFormComponentException(formId, key, typeName,
                        "has a key that is not a simple variable name");
            }
            if (!keys.add(key)) {
                throw new InvalidFormException("Form '" + formId + "': key '" + key + "' is used twice");
            }
        } else {
            key = null;
        }
        if (type == FormComponentType.GROUP && text(node, "path") != null && !text(node, "path").isBlank()) {
            throw new UnsupportedFormComponentException(formId, ref, typeName, "uses 'path' (nested data)");
        }
        if (type.hasOptions() && node.has("valuesExpression")) {
            throw new UnsupportedFormComponentException(formId, ref, typeName,
                    "takes its options from a FEEL 'valuesExpression'; use values, valuesKey or referenceData");
        }
        String subtype = null;
        if (type == FormComponentType.DATETIME) {
            subtype = text(node, "subtype");
            subtype = subtype == null ? FormComponent.SUBTYPE_DATE : subtype;
            if (!List.of(FormComponent.SUBTYPE_DATE, FormComponent.SUBTYPE_TIME, FormComponent.SUBTYPE_DATETIME)
                    .contains(subtype)) {
                throw new UnsupportedFormComponentException(formId, ref, typeName, "has unknown subtype " + subtype);
            }
        }
        List<FormComponent> children = switch (type) {
            case GROUP -> components(node.path("components"), formId, keys);
            case DYNAMICLIST -> dynamicListRow(node, formId, ref);
            default -> List.of();
        };
        return new FormComponent(id, type, key, text(node, "label"), text(node, "description"),
                javaValue(node.get("defaultValue")), validation(node.path("validate"), formId, ref),
                options(node.path("values")), text(node, "valuesKey"), properties(node.path("properties")),
                subtype, node.path("multiple").asBoolean(false), text(node, "accept"),
                node.path("readonly").asBoolean(false), node.path("disabled").asBoolean(false), children,
                text(node, "text"), text(node, "dateLabel"), text(node, "timeLabel"),
                node.hasNonNull("decimalDigits") ? node.get("decimalDigits").asInt() : null,
                Math.max(0, node.path("defaultRepetitions").asInt(1)), node.path("allowAddRemove").asBoolean(false));
    }

    /**
     * The components of one row of a dynamic list. Rows are posted as {@code path[i].key}, one level deep, so
     * nested lists or groups and file uploads (which the process keeps as attachments, not values) are refused.
     * Keys only need to be unique within the row: they name entries of the row's map, not process variables.
     */
    private List<FormComponent> dynamicListRow(JsonNode node, String formId, String ref) {
        String typeName = FormComponentType.DYNAMICLIST.jsonName();
        if (!node.path("isRepeating").asBoolean(false)) {
            // form-js then stores the children as one nested object, which our flat variables cannot mirror.
            throw new UnsupportedFormComponentException(formId, ref, typeName, "is not repeating (nested data)");
        }
        if (node.path("readonly").asBoolean(false) || node.path("disabled").asBoolean(false)) {
            throw new UnsupportedFormComponentException(formId, ref, typeName, "is readonly or disabled");
        }
        Map<String, String> properties = properties(node.path("properties"));
        int min = itemCount(properties, FormComponent.MIN_ITEMS_PROPERTY, FormComponent.DEFAULT_MIN_ITEMS, formId, ref);
        int max = itemCount(properties, FormComponent.MAX_ITEMS_PROPERTY, FormComponent.DEFAULT_MAX_ITEMS, formId, ref);
        if (min > max) {
            throw new InvalidFormException("Form '" + formId + "': dynamic list '" + ref + "' has minItems " + min
                    + " above maxItems " + max);
        }
        JsonNode array = node.path("components");
        for (JsonNode child : array.isArray() ? array : mapper.createArrayNode()) {
            String childType = text(child, "type");
            if (FormComponentType.fromJson(childType).filter(t -> !t.allowedInDynamicList()).isPresent()) {
                String childRef = text(child, "key") != null ? text(child, "key") : String.valueOf(text(child, "id"));
                throw new UnsupportedFormComponentException(formId, childRef, childType,
                        "cannot be inside the dynamic list '" + ref + "'");
            }
        }
        List<FormComponent> row = components(array, formId, new HashSet<>());
        for (FormComponent child : row) {
            if (child.locked()) {
                throw new UnsupportedFormComponentException(formId, child.key() != null ? child.key() : child.id(),
                        child.type().jsonName(),
                        "is readonly or disabled inside the dynamic list '" + ref + "'");
            }
        }
        return row;
    }

    /** minItems and maxItems are custom properties, so strings; the binder relies on them being sane. */
    private static int itemCount(Map<String, String> properties, String name, int fallback, String formId, String ref) {
        String value = properties.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.trim().matches("\\d{1,4}") || Integer.parseInt(value.trim()) > FormSubmissionBinder.MAX_LIST_ROWS) {
            throw new InvalidFormException("Form '" + formId + "': dynamic list '" + ref + "' has " + name + " '"
                    + value + "'; expected a whole number from 0 to " + FormSubmissionBinder.MAX_LIST_ROWS);
        }
        return Integer.parseInt(value.trim());
    }

    /**
     * FEEL expressions ("=...") decide at runtime whether a field is shown, editable or how many files it
     * takes. The server cannot evaluate FEEL, and guessing would either block valid input or let hidden,
     * never-validated fields through, so such forms are refused.
     */
    private static void refuseUnevaluableExpressions(JsonNode node, String formId, String ref, String typeName) {
        for (String property : List.of("readonly", "disabled", "multiple")) {
            if (node.path(property).isTextual()) {
                throw new UnsupportedFormComponentException(formId, ref, typeName,
                        "uses an expression for '" + property + "'");
            }
        }
        JsonNode hide = node.path("conditional").path("hide");
        if (!hide.isMissingNode() && !hide.isNull() && !hide.asText().isBlank()) {
            throw new UnsupportedFormComponentException(formId, ref, typeName, "uses a 'conditional.hide' rule");
        }
    }

    private static FormValidation validation(JsonNode v, String formId, String ref) {
        if (!v.isObject()) {
            return FormValidation.NONE;
        }
        String pattern = text(v, "pattern");
        if (pattern != null && pattern.isBlank()) {
            pattern = null;
        }
        if (pattern != null) {
            try {
                java.util.regex.Pattern.compile(pattern);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new InvalidFormException("Form '" + formId + "': component '" + ref
                        + "' has an invalid pattern: " + e.getDescription(), e);
            }
        }
        return new FormValidation(v.path("required").asBoolean(false), decimal(v, "min"), decimal(v, "max"),
                integer(v, "minLength"), integer(v, "maxLength"), pattern, text(v, "validationType"));
    }

    private static List<FormOption> options(JsonNode values) {
        if (!values.isArray()) {
            return List.of();
        }
        List<FormOption> result = new ArrayList<>();
        for (JsonNode option : values) {
            if (option.isObject() && option.hasNonNull("value")) {
                result.add(new FormOption(text(option, "label"), option.get("value").asText()));
            } else if (option.isValueNode() && !option.isNull()) {
                result.add(new FormOption(option.asText(), option.asText()));
            }
        }
        return result;
    }

    private static Map<String, String> properties(JsonNode properties) {
        Map<String, String> result = new LinkedHashMap<>();
        if (properties.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                    result.put(field.getKey(), field.getValue().asText());
                }
            }
        }
        return result;
    }

    private static Object javaValue(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.asText()));
            return List.copyOf(items);
        }
        return node.asText();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(JsonNode node, String field) {
        BigDecimal value = decimal(node, field);
        return value == null ? null : value.intValue();
    }
}
