package vn.phoihop.forms;

import java.util.List;

import vn.phoihop.attachments.PendingFiles;

/**
 * One component as the fragment {@code forms/fields.html} renders it: every value already a string, options
 * with their selected flag, errors as message codes. Getters, not record accessors, so that both SpEL and
 * OGNL expressions read them as properties.
 */
public final class FieldView {

    /** Text component content, split into headings and paragraphs, rendered as escaped text only. */
    public record TextBlock(boolean heading, String text) {
        public boolean isHeading() {
            return heading;
        }

        public String getText() {
            return text;
        }
    }

    /** One choice of a select, radio or checklist. */
    public record OptionView(String label, String value, boolean selected, String domId) {
        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }

        public boolean isSelected() {
            return selected;
        }

        public String getDomId() {
            return domId;
        }
    }

    /**
     * One row of a dynamic list. {@code index} is the one in its fields' names ({@code path[index].key}),
     * {@code __INDEX__} in the template row the script copies; {@code number} is what the user sees, from 1.
     */
    public record RowView(String index, int number, String domId, List<FieldView> children) {
        public static final String TEMPLATE_INDEX = "__INDEX__";

        public String getIndex() {
            return index;
        }

        public int getNumber() {
            return number;
        }

        public String getDomId() {
            return domId;
        }

        public List<FieldView> getChildren() {
            return children;
        }
    }

    private final FormComponent component;
    private final String name;
    private final String domId;
    private final List<String> values;
    private final List<OptionView> options;
    private final List<FormFieldError> errors;
    private final List<FieldView> children;
    private final List<TextBlock> paragraphs;
    private final List<RowView> rows;
    private final RowView template;
    private final List<PendingFiles.Kept> keptFiles;

    FieldView(FormComponent component, String name, String domId, List<String> values, List<OptionView> options,
              List<FormFieldError> errors, List<FieldView> children, List<TextBlock> paragraphs,
              List<RowView> rows, RowView template, List<PendingFiles.Kept> keptFiles) {
        this.keptFiles = List.copyOf(keptFiles);
        this.component = component;
        this.name = name;
        this.domId = domId;
        this.values = List.copyOf(values);
        this.options = List.copyOf(options);
        this.errors = List.copyOf(errors);
        this.children = List.copyOf(children);
        this.paragraphs = List.copyOf(paragraphs);
        this.rows = List.copyOf(rows);
        this.template = template;
    }

    public FormComponent getComponent() {
        return component;
    }

    /** The form-js type name, e.g. {@code textfield}; the fragment switches on it. */
    public String getType() {
        return component.type().jsonName();
    }

    /** The component key, which is also the name of its process variable. */
    public String getKey() {
        return component.key();
    }

    /** The HTML {@code name}: the key, or {@code path[i].key} inside a row of a dynamic list. */
    public String getName() {
        return name;
    }

    public String getDomId() {
        return domId;
    }

    public String getLabel() {
        return component.displayLabel();
    }

    public String getDescription() {
        return component.description();
    }

    public List<String> getValues() {
        return values;
    }

    public String getValue() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean isChecked() {
        return values.contains("true");
    }

    public List<OptionView> getOptions() {
        return options;
    }

    public List<FormFieldError> getErrors() {
        return errors;
    }

    public boolean isInvalid() {
        return !errors.isEmpty();
    }

    /** File picker: the files chosen before and kept on the server, sent again unless the user unticks them. */
    public List<PendingFiles.Kept> getKeptFiles() {
        return keptFiles;
    }

    public List<FieldView> getChildren() {
        return children;
    }

    public List<TextBlock> getParagraphs() {
        return paragraphs;
    }

    /** Dynamic list: its rows, in the order they are shown. */
    public List<RowView> getRows() {
        return rows;
    }

    /** Dynamic list: the empty row the script copies when the user adds one. */
    public RowView getTemplate() {
        return template;
    }

    public boolean isAllowAddRemove() {
        return component.allowAddRemove();
    }

    public int getMinItems() {
        return component.minItems();
    }

    public int getMaxItems() {
        return component.maxItems();
    }

    public boolean isRequired() {
        return component.required();
    }

    public boolean isReadonly() {
        return component.locked();
    }

    public boolean isMultiple() {
        return component.multiple();
    }

    public String getAccept() {
        return component.accept() == null || component.accept().isBlank() ? null : component.accept();
    }

    public Integer getMinLength() {
        return component.validate().minLength();
    }

    /** Schema maximum, else the server's hard cap, so the browser stops where the server would refuse. */
    public Integer getMaxLength() {
        Integer max = component.validate().maxLength();
        return max != null && max < FormSubmissionBinder.MAX_STRING_LENGTH ? max : FormSubmissionBinder.MAX_STRING_LENGTH;
    }

    public String getMin() {
        return component.validate().min() == null ? null : component.validate().min().toPlainString();
    }

    public String getMax() {
        return component.validate().max() == null ? null : component.validate().max().toPlainString();
    }

    /** Number step: any decimals unless the schema limits them. */
    public String getStep() {
        Integer digits = component.decimalDigits();
        if (digits == null) {
            return "any";
        }
        return digits <= 0 ? "1" : java.math.BigDecimal.ONE.movePointLeft(digits).toPlainString();
    }

    /** HTML input type of a datetime. */
    public String getInputType() {
        if (component.type() != FormComponentType.DATETIME) {
            return null;
        }
        return switch (component.subtype()) {
            case FormComponent.SUBTYPE_TIME -> "time";
            case FormComponent.SUBTYPE_DATETIME -> "datetime-local";
            default -> "date";
        };
    }

    public String getDescriptionId() {
        return domId + "-desc";
    }

    public String getErrorId() {
        return domId + "-error";
    }

    /** For {@code aria-describedby}; {@code null} (attribute left out) when there is nothing to point to. */
    public String getDescribedBy() {
        String description = getDescription() == null || getDescription().isBlank() ? null : getDescriptionId();
        String error = isInvalid() ? getErrorId() : null;
        if (description != null && error != null) {
            return description + " " + error;
        }
        return description != null ? description : error;
    }
}
