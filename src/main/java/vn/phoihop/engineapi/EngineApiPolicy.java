package vn.phoihop.engineapi;

import java.util.List;
import java.util.Set;

import vn.phoihop.security.PortalUser;

/**
 * What a user who is not an administrator may do through Camunda's engine API. Reading is left to
 * Camunda's authorizations, but for figures over every organisation's instances. Writing is an
 * allow list, so that an endpoint not named here (a new one in a later Camunda, say) is refused:
 * steps are completed and processes started only through their forms, which the portal's own
 * services check; the task actions that change no variable pass to the engine's authorizations.
 */
final class EngineApiPolicy {

    enum Verdict {
        /** Let Camunda answer, under its authorizations. */
        PASS,
        /** A user task completed through its form (complete, submit-form, resolve). */
        TASK_FORM,
        /** A process started through its start event's form. */
        START_FORM,
        /** The user directory, answered without other people's contact data. */
        USER_DIRECTORY,
        /** A write of variables outside any form: refused, naming the variables. */
        VARIABLES_REFUSED,
        /** For administrators only. */
        ADMINISTRATORS_ONLY
    }

    /** POST bodies that are queries, not changes (Camunda offers POST for long filters). */
    private static final Set<String> QUERY_RESOURCES = Set.of("task", "process-instance", "execution",
            "variable-instance", "job", "external-task", "case-instance", "case-execution");

    private static final Set<String> HISTORIC_QUERY_RESOURCES = Set.of("process-instance", "activity-instance",
            "task", "variable-instance", "external-task-log", "detail", "case-instance");

    /** Segments of calls that write variables, whatever the resource. */
    private static final Set<String> VARIABLE_SEGMENTS = Set.of("variables", "localVariables", "variables-async",
            "modification", "modification-async", "message", "signal", "condition", "restart", "restart-async",
            "bpmnError", "bpmnEscalation", "messageSubscriptions", "trigger");

    private static final Set<String> TASK_ACTIONS = Set.of("claim", "unclaim", "assignee", "delegate");

    private EngineApiPolicy() {
    }

    static Verdict of(EngineApiCall call, PortalUser user) {
        if (call.reads()) {
            return reading(call);
        }
        if (call.is("task", "*", "complete") || call.is("task", "*", "submit-form") || call.is("task", "*", "resolve")) {
            return Verdict.TASK_FORM;
        }
        if (isStart(call)) {
            return Verdict.START_FORM;
        }
        if (call.segments().stream().anyMatch(VARIABLE_SEGMENTS::contains)) {
            return Verdict.VARIABLES_REFUSED;
        }
        if (call.method().equals("POST") && (isQuery(call) || isTaskAction(call) || isFilterRead(call)
                || call.is("task", "*", "comment", "create") || call.is("filter", "create")
                || call.is("identity", "password-policy"))) {
            return Verdict.PASS;
        }
        if ((call.method().equals("PUT") || call.method().equals("DELETE")) && call.is("filter", "*")) {
            return Verdict.PASS;
        }
        // One's own profile and password, as Camunda's Tasklist offers them.
        if (call.method().equals("PUT") && (call.is("user", user.id(), "profile") || call.is("user", user.id(), "credentials"))) {
            return Verdict.PASS;
        }
        return Verdict.ADMINISTRATORS_ONLY;
    }

    private static Verdict reading(EngineApiCall call) {
        // Statistics and reports count every instance of a definition, not the ones the user may read.
        if (call.mentions("statistics") || call.mentions("report")) {
            return Verdict.ADMINISTRATORS_ONLY;
        }
        if (call.is("user") || call.is("user", "*", "profile")) {
            return Verdict.USER_DIRECTORY;
        }
        return Verdict.PASS;
    }

    private static boolean isStart(EngineApiCall call) {
        for (String action : List.of("start", "submit-form")) {
            if (call.is("process-definition", "*", action) || call.is("process-definition", "key", "*", action)
                    || call.is("process-definition", "key", "*", "tenant-id", "*", action)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuery(EngineApiCall call) {
        List<String> path = call.segments();
        if (path.size() >= 1 && path.size() <= 2 && QUERY_RESOURCES.contains(path.get(0))) {
            return path.size() == 1 || path.get(1).equals("count");
        }
        if (path.size() >= 2 && path.size() <= 3 && path.get(0).equals("history")
                && HISTORIC_QUERY_RESOURCES.contains(path.get(1))) {
            return path.size() == 2 || path.get(2).equals("count");
        }
        return false;
    }

    private static boolean isTaskAction(EngineApiCall call) {
        return call.segments().size() == 3 && call.is("task", "*", call.segment(2)) && TASK_ACTIONS.contains(call.segment(2));
    }

    private static boolean isFilterRead(EngineApiCall call) {
        return call.is("filter", "*", "list") || call.is("filter", "*", "count") || call.is("filter", "*", "singleResult");
    }
}
