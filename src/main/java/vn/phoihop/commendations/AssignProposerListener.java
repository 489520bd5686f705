package vn.phoihop.commendations;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ReviseProposal} (create): the returned proposal goes to its proposer, as our record names them. */
@Component
class AssignProposerListener implements TaskListener {

    private final ProposalService service;

    AssignProposerListener(ProposalService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setAssignee(service.of(task.getProcessInstanceId()).proposerId());
    }
}
