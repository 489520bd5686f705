package vn.phoihop.forms;

/**
 * The form uses a component type or feature the server cannot render and validate. Refusing the whole form
 * is deliberate: rendering it without that component would accept data the Tasklist would have checked.
 */
public class UnsupportedFormComponentException extends InvalidFormException {

    private final String formId;
    private final String componentRef;
    private final String componentType;

    public UnsupportedFormComponentException(String formId, String componentRef, String componentType, String why) {
        super("Form '" + formId + "': component '" + componentRef + "' of type '" + componentType + "' " + why);
        this.formId = formId;
        this.componentRef = componentRef;
        this.componentType = componentType;
    }

    public String formId() {
        return formId;
    }

    public String componentRef() {
        return componentRef;
    }

    public String componentType() {
        return componentType;
    }
}
