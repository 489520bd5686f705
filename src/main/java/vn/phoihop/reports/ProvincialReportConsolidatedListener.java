package vn.phoihop.reports;

import static vn.phoihop.reports.PeriodicReportProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineUser;

/** {@code Task_ConsolidateProvincialReport} (complete): the assessment and directions; the figures are the organisations' parts. */
@Component
class ProvincialReportConsolidatedListener implements TaskListener {

    private final PeriodicReportService service;
    private final EngineUser engineUser;

    ProvincialReportConsolidatedListener(PeriodicReportService service, EngineUser engineUser) {
        this.service = service;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateTask task) {
        service.consolidated(task.getProcessInstanceId(), (String) task.getVariable(SUMMARY), (String) task.getVariable(DIRECTIONS),
                engineUser.current().orElse(task.getAssignee()));
    }
}
