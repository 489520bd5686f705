package vn.phoihop.units.registration;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.SELF_CHECK_ROUND;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * The round a step belongs to: the number the timer's listener kept local to the round's event
 * subprocess, which every task and timer inside it sees. A form cannot set it: no form declares it.
 */
final class SelfCheckRounds {

    private SelfCheckRounds() {
    }

    /** A step an administrator started by hand outside a round (Cockpit's modification) has none: refused clearly. */
    static int of(VariableScope scope) {
        if (!(scope.getVariable(SELF_CHECK_ROUND) instanceof Number round)) {
            throw new SubmissionRuleException("units.registration.error.roundNotOpen");
        }
        return round.intValue();
    }
}
