package vn.phoihop.forms;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code .form} file. {@code id} is the key the BPMN {@code camunda:formRef} points to.
 */
public record FormSchema(String id, List<FormComponent> components) {

    public FormSchema {
        components = List.copyOf(components);
    }

    /**
     * Every component holding a value, groups flattened, in document order. A dynamic list is one field (its
     * key is the list's path, its value the list of rows); the fields of its rows are its {@code components()}.
     */
    public List<FormComponent> fields() {
        List<FormComponent> result = new ArrayList<>();
        collectFields(components, result);
        return result;
    }

    public boolean hasFilePicker() {
        return fields().stream().anyMatch(c -> c.type() == FormComponentType.FILEPICKER);
    }

    public boolean hasDynamicList() {
        return fields().stream().anyMatch(c -> c.type() == FormComponentType.DYNAMICLIST);
    }

    private static void collectFields(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            if (component.keyed()) {
                into.add(component);
            }
            if (component.type() != FormComponentType.DYNAMICLIST) {
                collectFields(component.components(), into);
            }
        }
    }
}
