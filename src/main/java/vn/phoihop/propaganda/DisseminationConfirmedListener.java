package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.phoihop.security.EngineUser;
import vn.phoihop.forms.FormDates;
import vn.phoihop.forms.FormNumbers;
import vn.phoihop.forms.FormRows;
import org.springframework.stereotype.Component;

/** {@code Task_ConfirmDissemination} (complete): the organisation's groups, day and reach go on its row, with the speaker it asks for. */
@Component
class DisseminationConfirmedListener implements TaskListener {

    private final PropagandaService service;
    private final EngineUser engineUser;

    DisseminationConfirmedListener(PropagandaService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean speaker = Boolean.TRUE.equals(task.getVariable(SPEAKER_REQUESTED));
        Dissemination dissemination = new Dissemination(
                FormRows.values(task.getVariable(ZALO_GROUPS), "propaganda.error.groups"),
                FormDates.date(task.getVariable(DISSEMINATED_ON), "propaganda.error.disseminatedOn"),
                FormNumbers.integer(task.getVariable(MEMBERS_REACHED), "propaganda.error.reached"),
                (String) task.getVariable(CONFIRMATION_NOTE),
                speaker ? new Dissemination.TalkRequest(FormDates.date(task.getVariable(TALK_ON), "propaganda.error.talkOn"),
                        (String) task.getVariable(TALK_PLACE), (String) task.getVariable(TALK_AUDIENCE),
                        (String) task.getVariable(TALK_TOPIC)) : null);
        service.confirmed(task.getProcessInstanceId(), (String) task.getVariable(ORGANIZATION), dissemination,
                engineUser.current().orElse(task.getAssignee()));
        // the branch's flag (set local to the branch when it started), for its gateway
        task.getExecution().setVariable(SPEAKER_REQUESTED, speaker);
    }
}
