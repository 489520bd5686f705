package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.phoihop.security.EngineUser;
import vn.phoihop.forms.FormDates;
import vn.phoihop.forms.FormRows;
import org.springframework.stereotype.Component;

/** {@code Task_ChooseRecipients} (complete): the material goes to the organisations chosen, which confirm by the day set; one branch each. */
@Component
class RecipientsChosenListener implements TaskListener {

    private final PropagandaService service;
    private final EngineUser engineUser;

    RecipientsChosenListener(PropagandaService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> recipients = FormRows.values(task.getVariable(RECIPIENTS), "propaganda.error.recipients");
        service.recipientsChosen(task.getProcessInstanceId(), recipients,
                FormDates.date(task.getVariable(CONFIRM_DUE_ON), "propaganda.error.dueOn"), engineUser.current().orElse(task.getAssignee()));
        Material material = service.of(task.getProcessInstanceId());
        task.getExecution().setVariable(RECIPIENT_ORGANIZATIONS, new ArrayList<>(recipients));
        task.getExecution().setVariable(CONFIRM_DUE_AT, Date.from(material.confirmDueAt()));
        task.getExecution().setVariable(CONFIRM_REMIND_AT, service.confirmRemindAt(material));
    }
}
