package vn.phoihop.engineapi;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import vn.phoihop.attachments.UploadedFile;
import vn.phoihop.forms.FormComponent;
import vn.phoihop.forms.FormComponentType;
import vn.phoihop.forms.FormSchema;

/**
 * The {@code variables} of a Camunda REST call ({@code {"name": {"value": ..., "type": ...}}}) read
 * as if the form had been posted from the portal: each variable must be a field of the form, and
 * becomes the parameters the portal's binder reads ({@code name}, {@code list[i].key}) or, for a
 * file picker, an uploaded file. The binder then checks every constraint exactly as for the portal.
 */
final class TypedVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a call sent, as a portal post; {@code undeclared} and {@code malformed} name the variables refused outright. */
    record Post(MultiValueMap<String, String> parameters, MultiValueMap<String, MultipartFile> files,
                Set<String> undeclared, Set<String> malformed) {

        boolean refused() {
            return !undeclared.isEmpty() || !malformed.isEmpty();
        }
    }

    private TypedVariables() {
    }

    /** {@code variables} may be missing or JSON null: nothing was sent. */
    static Post read(JsonNode variables, FormSchema form) {
        Map<String, FormComponent> fields = new LinkedHashMap<>();
        if (form != null) {
            form.fields().forEach(field -> fields.put(field.key(), field));
        }
        Post post = new Post(new LinkedMultiValueMap<>(), new LinkedMultiValueMap<>(), new TreeSet<>(), new TreeSet<>());
        if (variables == null || variables.isNull()) {
            return post;
        }
        if (!variables.isObject()) {
            post.malformed().add("variables");
            return post;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> variable = it.next();
            FormComponent field = fields.get(variable.getKey());
            if (field == null) {
                post.undeclared().add(variable.getKey());
            } else if (!variable.getValue().isObject() || !read(field, variable.getValue(), post)) {
                post.malformed().add(variable.getKey());
            }
        }
        return post;
    }

    /** False when the value cannot be a value of this field at all (an object for a text field, bad base64 ...). */
    private static boolean read(FormComponent field, JsonNode variable, Post post) {
        JsonNode value = variable.path("value");
        return switch (field.type()) {
            case FILEPICKER -> file(field.key(), variable, post);
            case DYNAMICLIST -> rows(field, parsedIfText(value), post);
            case CHECKLIST -> items(field.key(), parsedIfText(value), post.parameters());
            default -> scalar(field.key(), value, post.parameters());
        };
    }

    private static boolean scalar(String name, JsonNode value, MultiValueMap<String, String> into) {
        if (value.isMissingNode() || value.isNull()) {
            into.add(name, "");
            return true;
        }
        if (!value.isValueNode()) {
            return false;
        }
        into.add(name, value.asText());
        return true;
    }

    /** A list as JSON, as Camunda's {@code Json} type (a string holding JSON), or comma-separated. */
    private static boolean items(String name, JsonNode value, MultiValueMap<String, String> into) {
        if (value.isTextual()) {
            for (String item : value.asText().split(",")) {
                if (!item.isBlank()) {
                    into.add(name, item.strip());
                }
            }
            into.putIfAbsent(name, new ArrayList<>());
            return true;
        }
        if (!value.isArray()) {
            return scalar(name, value, into);
        }
        into.putIfAbsent(name, new ArrayList<>());
        for (JsonNode item : value) {
            if (!item.isValueNode()) {
                return false;
            }
            into.add(name, item.asText());
        }
        return true;
    }

    private static boolean rows(FormComponent list, JsonNode value, Post post) {
        if (value.isMissingNode() || value.isNull()) {
            return true;
        }
        if (!value.isArray()) {
            return false;
        }
        int index = 0;
        for (JsonNode row : value) {
            if (!row.isObject()) {
                return false;
            }
            for (FormComponent child : list.components()) {
                JsonNode cell = row.path(child.key());
                String name = list.key() + "[" + index + "]." + child.key();
                boolean read = child.type() == FormComponentType.CHECKLIST ? items(name, cell, post.parameters())
                        : scalar(name, cell, post.parameters());
                if (!read) {
                    return false;
                }
            }
            index++;
        }
        return true;
    }

    /** Camunda's File type: base64 content, with the name and media type in {@code valueInfo}. */
    private static boolean file(String name, JsonNode variable, Post post) {
        JsonNode value = variable.path("value");
        if (value.isMissingNode() || value.isNull()) {
            return true;
        }
        if (!value.isTextual()) {
            return false;
        }
        try {
            byte[] content = Base64.getDecoder().decode(value.asText());
            JsonNode info = variable.path("valueInfo");
            post.files().add(name, new UploadedFile(name, info.path("filename").asText(name),
                    info.path("mimetype").asText("application/octet-stream"), content));
            return true;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Without Camunda Spin a client sends a list as a string of JSON (type {@code Json}); read what it holds. */
    private static JsonNode parsedIfText(JsonNode value) {
        if (value.isTextual() && value.asText().strip().startsWith("[")) {
            try {
                return JSON.readTree(value.asText());
            } catch (JsonProcessingException notJson) {
                return value;
            }
        }
        return value;
    }

    /** The names a call sent, for the calls that write variables without a form. */
    static List<String> names(JsonNode variables) {
        List<String> names = new ArrayList<>();
        if (variables != null && variables.isObject()) {
            variables.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }
}
