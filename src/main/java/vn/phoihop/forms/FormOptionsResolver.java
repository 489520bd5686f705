package vn.phoihop.forms;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The options a select, radio or checklist offers, which are also the only values the server accepts
 * for it. Sources, first match wins: {@code properties.referenceData}, {@code valuesKey}, static {@code values}.
 */
@Component
public class FormOptionsResolver {

    private final ReferenceOptionsSource referenceOptions;

    /** Each feature supplies its own lists; a name no source knows offers nothing. */
    @Autowired
    public FormOptionsResolver(ObjectProvider<ReferenceOptionsSource> referenceOptions) {
        this((name, locale) -> referenceOptions.orderedStream()
                .map(source -> source.options(name, locale))
                .filter(options -> options != null && !options.isEmpty())
                .findFirst().orElse(List.of()));
    }

    FormOptionsResolver(ReferenceOptionsSource referenceOptions) {
        this.referenceOptions = referenceOptions;
    }

    public List<FormOption> options(FormComponent component, FormContext context) {
        if (!component.type().hasOptions()) {
            return List.of();
        }
        String reference = component.referenceData();
        if (reference != null && !reference.isBlank()) {
            List<FormOption> options = referenceOptions.options(reference, context.locale());
            return options == null ? List.of() : options;
        }
        if (component.valuesKey() != null && !component.valuesKey().isBlank()) {
            return fromVariable(context.variables().get(component.valuesKey()));
        }
        return component.values();
    }

    /** form-js accepts a list of {label, value} objects or of plain values; anything else offers nothing. */
    private static List<FormOption> fromVariable(Object variable) {
        if (!(variable instanceof Collection<?> items)) {
            return List.of();
        }
        List<FormOption> options = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> map && map.get("value") != null) {
                Object label = map.get("label");
                options.add(new FormOption(label == null ? null : label.toString(), map.get("value").toString()));
            } else if (item instanceof CharSequence || item instanceof Number || item instanceof Boolean) {
                options.add(new FormOption(item.toString(), item.toString()));
            }
        }
        return options;
    }
}
