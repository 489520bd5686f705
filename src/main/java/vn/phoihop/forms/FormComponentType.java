package vn.phoihop.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * The form-js component types this portal can render and validate on the server. Anything else is refused
 * when the form is loaded, so that a form never silently loses a field the Tasklist would have shown.
 */
public enum FormComponentType {
    TEXTFIELD("textfield", true),
    TEXTAREA("textarea", true),
    NUMBER("number", true),
    CHECKBOX("checkbox", true),
    CHECKLIST("checklist", true),
    RADIO("radio", true),
    SELECT("select", true),
    DATETIME("datetime", true),
    FILEPICKER("filepicker", true),
    // Keyed by its form-js "path": the whole list of rows is one process variable.
    DYNAMICLIST("dynamiclist", true),
    TEXT("text", false),
    GROUP("group", false),
    SEPARATOR("separator", false),
    SPACER("spacer", false),
    // Our pages render their own submit button, so a form-js button is accepted and ignored.
    BUTTON("button", false);

    private final String jsonName;
    private final boolean keyed;

    FormComponentType(String jsonName, boolean keyed) {
        this.jsonName = jsonName;
        this.keyed = keyed;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Whether the component holds a value under its {@code key}. */
    public boolean keyed() {
        return keyed;
    }

    public boolean hasOptions() {
        return this == CHECKLIST || this == RADIO || this == SELECT;
    }

    /** What a row of a dynamic list may hold: one flat level of plain values, no uploads. */
    public boolean allowedInDynamicList() {
        return switch (this) {
            case FILEPICKER, DYNAMICLIST, GROUP, BUTTON -> false;
            default -> true;
        };
    }

    static Optional<FormComponentType> fromJson(String name) {
        return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
    }
}
