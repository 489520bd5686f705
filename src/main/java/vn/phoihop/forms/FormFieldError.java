package vn.phoihop.forms;

import java.util.List;

/**
 * A refused field value as a message code plus arguments, resolved in the user's language by the view
 * ({@code form.error.*} in {@code messages_*.properties}).
 */
public record FormFieldError(String code, List<Object> args) {

    public FormFieldError {
        args = List.copyOf(args);
    }

    static FormFieldError of(String code, Object... args) {
        return new FormFieldError(code, List.of(args));
    }

    /** Arguments in the shape {@code #messages.msgWithParams} expects. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
