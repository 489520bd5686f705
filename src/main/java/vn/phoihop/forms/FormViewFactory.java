package vn.phoihop.forms;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
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
        return build(form, context, null);
    }

    /** Display after a POST: what the user typed, with the errors next to their fields. */
    public FormView create(FormSchema form, FormSubmission submission, FormContext context) {
        return build(form, context, submission);
    }

    private FormView build(FormSchema form, FormContext context, FormSubmission submission) {
        List<FieldView> fields = views(form.components(), context, submission, new int[] {0});
        return new FormView(form.id(), fields, form.hasFilePicker(),
                submission != null && !submission.isValid());
    }

    private List<FieldView> views(List<FormComponent> components, FormContext context, FormSubmission submission,
                                  int[] counter) {
        List<FieldView> result = new ArrayList<>();
        for (FormComponent component : components) {
            result.add(view(component, context, submission, counter));
        }
        return result;
    }

    private FieldView view(FormComponent component, FormContext context, FormSubmission submission, int[] counter) {
        String domId = "fld-" + (component.keyed() ? component.key() : "c" + counter[0]++);
        List<String> values = List.of();
        List<FormFieldError> errors = List.of();
        if (component.keyed()) {
            if (submission != null && submission.rawValues().containsKey(component.key()) && !component.locked()) {
                values = submission.rawValues().get(component.key());
            } else {
                values = displayStrings(component, context.currentValue(component));
            }
            errors = submission == null ? List.of() : submission.errorsFor(component.key());
        }
        List<FieldView.OptionView> options = new ArrayList<>();
        if (component.type().hasOptions()) {
            int i = 0;
            for (FormOption option : optionsResolver.options(component, context)) {
                options.add(new FieldView.OptionView(option.label(), option.value(), values.contains(option.value()),
                        domId + "-" + i++));
            }
        }
        List<FieldView> children = views(component.components(), context, submission, counter);
        List<FieldView.TextBlock> paragraphs = component.type() == FormComponentType.TEXT
                ? paragraphs(component.text()) : List.of();
        return new FieldView(component, domId, values, options, errors, children, paragraphs);
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
