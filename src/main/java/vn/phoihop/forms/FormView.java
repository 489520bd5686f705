package vn.phoihop.forms;

import java.util.List;

/** A form ready for {@code forms/fields :: fields(${form})}. */
public final class FormView {

    private final String formId;
    private final List<FieldView> fields;
    private final boolean multipart;
    private final boolean invalid;
    private final boolean dynamicList;

    FormView(String formId, List<FieldView> fields, boolean multipart, boolean invalid, boolean dynamicList) {
        this.formId = formId;
        this.fields = List.copyOf(fields);
        this.multipart = multipart;
        this.invalid = invalid;
        this.dynamicList = dynamicList;
    }

    public String getFormId() {
        return formId;
    }

    public List<FieldView> getFields() {
        return fields;
    }

    /** The including page must then post with {@code enctype="multipart/form-data"}. */
    public boolean isMultipart() {
        return multipart;
    }

    public boolean isInvalid() {
        return invalid;
    }

    /** The including page must then load {@code /js/dynamic-list.js}, which adds and removes rows. */
    public boolean isDynamicList() {
        return dynamicList;
    }
}
