package vn.phoihop.modeler;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what an expression in a model calls before anyone reaches the step: the bean of a
 * {@code delegateExpression}, and the bean and method of a listener's or service task's
 * {@code expression} ({@code ${workingDays.deadline(now(), 5)}}). Camunda
 * resolves both only when the step runs, so a typo would surface in front of a user.
 */
final class BeanExpressions {

    /** The leading name, and the method when one is called on it: {@code ${name.method(} or {@code ${name}}. */
    private static final Pattern CALL = Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(\\()?|(\\())?");

    /** Names Camunda itself puts in scope of a listener or service task expression. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task", "caseExecution", "variableScope",
            "authenticatedUserId", "connector");

    private final Function<String, Class<?>> beanType;

    /** {@code beanType} gives the type of the Spring bean of that name, or null when there is none. */
    BeanExpressions(Function<String, Class<?>> beanType) {
        this.beanType = beanType;
    }

    /** The problem with a {@code delegateExpression}, if any: it must name a bean. */
    Optional<String> delegateProblem(String expression) {
        Matcher call = CALL.matcher(expression);
        if (call.find() && beanType.apply(call.group(1)) == null) {
            return Optional.of("names no Spring bean '" + call.group(1) + "'");
        }
        return Optional.empty();
    }

    /**
     * The problem with an {@code expression}, if any: it must call a method the bean has. A bare
     * function ({@code ${now()}}) or a name of the engine's ({@code ${execution.setVariable(...)}})
     * is left to the engine.
     */
    Optional<String> expressionProblem(String expression) {
        Matcher call = CALL.matcher(expression);
        if (!call.find() || call.group(4) != null || ENGINE_NAMES.contains(call.group(1))) {
            return Optional.empty();
        }
        Class<?> type = beanType.apply(call.group(1));
        if (type == null) {
            return Optional.of("names no Spring bean '" + call.group(1) + "'");
        }
        String method = call.group(2);
        if (method != null && call.group(3) != null
                && Arrays.stream(type.getMethods()).noneMatch(candidate -> candidate.getName().equals(method))) {
            return Optional.of("calls '" + method + "', which bean '" + call.group(1) + "' does not have");
        }
        return Optional.empty();
    }
}
