package vn.phoihop.instances;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineAsSystem;

/** What the instance page's heading names: the process, the record's business key and where the record's own page is. */
@Component
public class InstanceHeading {

    /** {@code recordLink} is null when no feature has a page of its own for the record. */
    public record Heading(String processName, String businessKey, String recordLink, boolean ended) {
    }

    private final HistoryService historyService;
    private final EngineAsSystem engine;
    private final RecordLinks links;

    InstanceHeading(HistoryService historyService, EngineAsSystem engine, RecordLinks links) {
        this.historyService = historyService;
        this.engine = engine;
        this.links = links;
    }

    /** The caller has checked {@link InstanceAccess}; history is read without Camunda's checks, as there. */
    public Heading of(String processInstanceId) {
        HistoricProcessInstance instance = engine.call(() -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult());
        if (instance == null) {
            throw new InstanceNotFoundException();
        }
        String link = links.of(instance.getProcessDefinitionKey(), instance.getBusinessKey(), instance.getId());
        return new Heading(instance.getProcessDefinitionName() != null ? instance.getProcessDefinitionName()
                : instance.getProcessDefinitionKey(), instance.getBusinessKey(),
                link.equals(RecordLinks.instancePage(processInstanceId)) ? null : link, instance.getEndTime() != null);
    }
}
