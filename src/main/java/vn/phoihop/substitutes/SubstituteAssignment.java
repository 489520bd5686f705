package vn.phoihop.substitutes;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.phoihop.portal.ProvinceClock;

/**
 * Hands a task to the assignee's substitute at the moment it is assigned (Camunda's Spring
 * eventing, {@code camunda.bpm.eventing.task}, on by default in 7.24, publishes every task event
 * in the engine transaction). Only the moment of assignment counts: tasks a user already holds
 * when their substitution starts stay with them, because moving them later would surprise a user
 * who may be working on them; they can hand them over by hand.
 */
@Component
class SubstituteAssignment {

    /** Before anything that reacts to the final assignee, such as notifications. */
    static final int ORDER = 0;

    private final SubstituteResolver resolver;

    SubstituteAssignment(SubstituteResolver resolver) {
        this.resolver = resolver;
    }

    @EventListener
    @Order(ORDER)
    void onTaskEvent(DelegateTask task) {
        String event = task.getEventName();
        if (!TaskListener.EVENTNAME_CREATE.equals(event) && !TaskListener.EVENTNAME_ASSIGNMENT.equals(event)) {
            return;
        }
        LocalDate today = ProvinceClock.today();
        String assignee = task.getAssignee();
        if (assignee == null) {
            forgetSubstitution(task);
            return;
        }
        // The engine reports our own reassignment as a new assignment: leave it be, or in a cycle
        // (A to B, B to C, C to A) the task would move on once more.
        Object original = task.getVariableLocal(SubstitutionQueries.SUBSTITUTED_FOR);
        if (original != null && assignee.equals(resolver.finalAssignee(original.toString(), today))) {
            return;
        }
        String substitute = resolver.finalAssignee(assignee, today);
        if (!substitute.equals(assignee)) {
            task.setVariableLocal(SubstitutionQueries.SUBSTITUTED_FOR, assignee);
            task.setAssignee(substitute);
        } else if (original != null) {
            // someone gave the task to a user who is nobody's substitute for it
            forgetSubstitution(task);
        }
    }

    private void forgetSubstitution(DelegateTask task) {
        if (task.hasVariableLocal(SubstitutionQueries.SUBSTITUTED_FOR)) {
            task.removeVariableLocal(SubstitutionQueries.SUBSTITUTED_FOR);
        }
    }
}
