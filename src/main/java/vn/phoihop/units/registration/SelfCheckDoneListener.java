package vn.phoihop.units.registration;

import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.MET_CRITERIA;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.SELF_CHECK_NOTE;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_PerformSelfCheck} (complete): the criteria the unit met this month and its note go on the round. */
@Component
class SelfCheckDoneListener implements TaskListener {

    private final RegistrationService service;
    private final EngineUser engineUser;

    SelfCheckDoneListener(RegistrationService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.selfCheckDone(task.getProcessInstanceId(), SelfCheckRounds.of(task), met(task.getVariable(MET_CRITERIA)),
                (String) task.getVariable(SELF_CHECK_NOTE), engineUser.current().orElse(task.getAssignee()));
    }

    private static List<String> met(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
