package vn.phoihop.home;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Service;
import vn.phoihop.instances.RecordLinks;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.RecordTitle;

/**
 * The records a user started that are still running, newest first, from the engine's history (the
 * start user of each instance): any process, with the record's title and business key.
 */
@Service
class RecordsInProgress {

    /** One running record; {@code link} is the feature's record page or the instance page. */
    record Entry(String processName, String businessKey, String title, Date started, String link) {
    }

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final RecordLinks links;

    RecordsInProgress(HistoryService historyService, RuntimeService runtimeService, EngineAsSystem engine, RecordLinks links) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.links = links;
    }

    List<Entry> startedBy(PortalUser user, int limit) {
        // staff have no history rights in Camunda; the query itself keeps to the user's own instances
        return engine.call(() -> {
            List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                    .startedBy(user.id()).unfinished().orderByProcessInstanceStartTime().desc().listPage(0, limit);
            Map<String, String> titles = titles(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new));
            return instances.stream().map(instance -> new Entry(
                    instance.getProcessDefinitionName() != null ? instance.getProcessDefinitionName() : instance.getProcessDefinitionKey(),
                    instance.getBusinessKey(), titles.get(instance.getId()), instance.getStartTime(),
                    links.of(instance.getProcessDefinitionKey(), instance.getBusinessKey(), instance.getId()))).toList();
        });
    }

    long countStartedBy(PortalUser user) {
        return engine.call(() -> historyService.createHistoricProcessInstanceQuery().startedBy(user.id()).unfinished().count());
    }

    private Map<String, String> titles(String[] instanceIds) {
        if (instanceIds.length == 0) {
            return Map.of();
        }
        return runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceIds)
                .variableName(RecordTitle.VARIABLE).disableCustomObjectDeserialization().list().stream()
                // the instance's own variable, not one of the same name in a task or sub-scope
                .filter(variable -> variable.getProcessInstanceId().equals(variable.getExecutionId()))
                .filter(variable -> variable.getValue() != null)
                .collect(Collectors.toMap(VariableInstance::getProcessInstanceId, variable -> variable.getValue().toString(),
                        (first, second) -> first));
    }
}
