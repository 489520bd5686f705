package vn.phoihop.forms;

import org.springframework.stereotype.Component;
import vn.phoihop.attachments.PendingFiles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Builds the view of a form, either blank/prefilled from variables or again after a refused submission. */
@Component
public class FormViewFactory {

    private static final Pattern ISO_DATE_TIME_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
    private static final Pattern ISO_TIME_PREFIX = Pattern.compile("^\\d{2}:\\d{2}.*");

    private final FormOptionsResolver optionsResolver;

    public FormViewFactory(FormOptionsResolver optionsResolver) {
        this.optionsResolver = optionsResolver;
    }

    /** First display: values from the variables, else the schema defaults. */
    public FormView create(FormSchema form, FormContext context) {
        return build(form, context, null, Map.of());
    }

    /** Display after a POST: what the user typed, with the errors next to their fields. */
    public FormView create(FormSchema form, FormSubmission submission, FormContext context) {
        return build(form, context, submission, Map.of());
    }

    /** As {@link #create(FormSchema, FormContext)}, with the pending files of the file pickers (by key). */
    FormView create(FormSchema form, FormContext context, Map<String, List<PendingFiles.Kept>> keptFiles) {
        return build(form, context, null, keptFiles);
    }

    /** As {@link #create(FormSchema, FormSubmission, FormContext)}, with the pending files of the file pickers. */
    FormView create(FormSchema form, FormSubmission submission, FormContext context,
                    Map<String, List<PendingFiles.Kept>> keptFiles) {
        return build(form, context, submission, keptFiles);
    }

    private FormView build(FormSchema form, FormContext context, FormSubmission submission,
                           Map<String, List<PendingFiles.Kept>> keptFiles) {
        List<FieldView> fields = views(form.components(), context, submission, Place.FORM, new int[] {0}, keptFiles);
        return new FormView(form.id(), fields, form.hasFilePicker(),
                submission != null && !submission.isValid(), form.hasDynamicList());
    }

    /**
     * Where a component is rendered: in the form itself, or in one row of a dynamic list. A row's fields are
     * named {@code path[i].key} and take their values from the row: what was posted for it, the row's map in
     * the variable (prefill), or the schema defaults (a new row).
     */
    private record Place(String namePrefix, String idPrefix, boolean inRow, boolean posted, Map<?, ?> rowValues) {
        static final Place FORM = new Place("", "fld-", false, false, null);

        static Place row(FormComponent list, String index, boolean posted, Map<?, ?> rowValues) {
            return new Place(list.key() + "[" + index + "].", rowDomId(list, index) + "-", true, posted, rowValues);
        }
    }

    private List<FieldView> views(List<FormComponent> components, FormContext context, FormSubmission submission,
                                  Place place, int[] counter, Map<String, List<PendingFiles.Kept>> keptFiles) {
        List<FieldView> result = new ArrayList<>();
        for (FormComponent component : components) {
            result.add(view(component, context, submission, place, counter, keptFiles));
        }
        return result;
    }

    private FieldView view(FormComponent component, FormContext context, FormSubmission submission, Place place,
                           int[] counter, Map<String, List<PendingFiles.Kept>> keptFiles) {
        String name = component.keyed() ? place.namePrefix() + component.key() : null;
        // Keys have no hyphen, so "-c<n>" cannot clash with a key inside a row.
        String domId = place.idPrefix() + (component.keyed() ? component.key()
                : (place.inRow() ? "-c" : "c") + counter[0]++);
        List<String> values = List.of();
        List<FormFieldError> errors = List.of();
        if (component.keyed()) {
            values = values(component, name, context, submission, place);
            errors = submission == null ? List.of() : submission.errorsFor(name);
        }
        List<FieldView.OptionView> options = new ArrayList<>();
        if (component.type().hasOptions()) {
            int i = 0;
            for (FormOption option : optionsResolver.options(component, context)) {
                options.add(new FieldView.OptionView(option.label(), option.value(), values.contains(option.value()),
                        domId + "-" + i++));
            }
        }
        List<FieldView> children = component.type() == FormComponentType.DYNAMICLIST ? List.of()
                : views(component.components(), context, submission, place, counter, keptFiles);
        List<FieldView.TextBlock> paragraphs = component.type() == FormComponentType.TEXT
                ? paragraphs(component.text()) : List.of();
        List<FieldView.RowView> rows = List.of();
        FieldView.RowView template = null;
        if (component.type() == FormComponentType.DYNAMICLIST) {
            rows = rows(component, context, submission);
            template = row(component, FieldView.RowView.TEMPLATE_INDEX, 0, context, null, false, null);
        }
        // File pickers sit outside dynamic lists (the parser refuses them there), so a key names one picker.
        List<PendingFiles.Kept> kept = component.type() == FormComponentType.FILEPICKER && !place.inRow()
                ? keptFiles.getOrDefault(component.key(), List.of()) : List.of();
        return new FieldView(component, name, domId, values, options, errors, children, paragraphs, rows, template, kept);
    }

    private static List<String> values(FormComponent component, String name, FormContext context,
                                       FormSubmission submission, Place place) {
        if (!place.inRow()) {
            if (submission != null && submission.rawValues().containsKey(name) && !component.locked()) {
                return submission.rawValues().get(name);
            }
            return displayStrings(component, context.currentValue(component));
        }
        if (place.posted()) {
            return submission.rawValues().getOrDefault(name, List.of());
        }
        return displayStrings(component, place.rowValues() != null ? place.rowValues().get(component.key())
                : component.defaultValue());
    }

    /**
     * The rows posted, under the indices they were posted with; else, on first display, the variable's rows
     * (a list of maps, e.g. when a proposal comes back for revision); else blank rows.
     */
    private List<FieldView.RowView> rows(FormComponent list, FormContext context, FormSubmission submission) {
        List<FieldView.RowView> rows = new ArrayList<>();
        List<String> posted = submission == null ? List.of()
                : submission.rawValues().getOrDefault(list.key(), List.of());
        if (!posted.isEmpty()) {
            for (String index : posted) {
                rows.add(row(list, index, rows.size() + 1, context, submission, true, null));
            }
            return rows;
        }
        if (submission == null && context.variables().get(list.key()) instanceof Collection<?> items
                && !items.isEmpty() && items.stream().allMatch(Map.class::isInstance)) {
            for (Object item : items) {
                if (rows.size() == FormSubmissionBinder.MAX_LIST_ROWS) {
                    break;
                }
                rows.add(row(list, String.valueOf(rows.size()), rows.size() + 1, context, null, false, (Map<?, ?>) item));
            }
            return rows;
        }
        for (int i = 0; i < list.initialRepetitions(); i++) {
            rows.add(row(list, String.valueOf(i), i + 1, context, null, false, null));
        }
        return rows;
    }

    private FieldView.RowView row(FormComponent list, String index, int number, FormContext context,
                                  FormSubmission submission, boolean posted, Map<?, ?> rowValues) {
        Place place = Place.row(list, index, posted, rowValues);
        return new FieldView.RowView(index, number, rowDomId(list, index),
                views(list.components(), context, submission, place, new int[] {0}, Map.of()));
    }

    private static String rowDomId(FormComponent list, String index) {
        return "fld-" + list.key() + "-" + index;
    }

    /** Stored values in the shape HTML inputs expect (the Tasklist may have stored a time zone or seconds). */
    private static List<String> displayStrings(FormComponent component, Object value) {
        List<String> strings = FormValues.asStrings(value);
        if (component.type() != FormComponentType.DATETIME || strings.isEmpty()) {
            return strings;
        }
        String text = strings.get(0);
        if (FormComponent.SUBTYPE_DATETIME.equals(component.subtype()) && ISO_DATE_TIME_PREFIX.matcher(text).matches()) {
            return List.of(text.substring(0, 16));
        }
        if (FormComponent.SUBTYPE_TIME.equals(component.subtype()) && ISO_TIME_PREFIX.matcher(text).matches()) {
            return List.of(text.substring(0, 5));
        }
        return strings;
    }

    /**
     * The text component holds Markdown in form-js. We keep its structure (paragraphs, headings) but never
     * its HTML, so that a form file cannot inject markup into the portal.
     */
    static List<FieldView.TextBlock> paragraphs(String text) {
        List<FieldView.TextBlock> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String block : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
            String trimmed = block.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                int end = trimmed.indexOf('\n');
                String title = end < 0 ? trimmed : trimmed.substring(0, end);
                blocks.add(new FieldView.TextBlock(true, plain(title.replaceFirst("^#+\\s*", ""))));
                trimmed = end < 0 ? "" : trimmed.substring(end + 1).strip();
            }
            if (!trimmed.isEmpty()) {
                blocks.add(new FieldView.TextBlock(false, plain(trimmed.replaceAll("\\s*\\n\\s*", " "))));
            }
        }
        return blocks;
    }

    private static String plain(String markdown) {
        return markdown.replace("**", "").replace("__", "");
    }
}
