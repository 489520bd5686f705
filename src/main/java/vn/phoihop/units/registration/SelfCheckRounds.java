package vn.phoihop.units.registration;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.SELF_CHECK_ROUND;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The round a step belongs to: the number the timer's listener kept local to the round's event
 * subprocess, which every task and timer inside it sees. A form cannot set it: no form declares it.
 */
final class SelfCheckRounds {

    private SelfCheckRounds() {
    }

    static int of(VariableScope scope) {
        return ((Number) scope.getVariable(SELF_CHECK_ROUND)).intValue();
    }
}
