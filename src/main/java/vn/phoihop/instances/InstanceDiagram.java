package vn.phoihop.instances;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;
import vn.phoihop.security.EngineAsSystem;

/** The deployed BPMN of an instance's own definition version, and where the instance stands in it now. */
@Component
class InstanceDiagram {

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;

    InstanceDiagram(HistoryService historyService, RepositoryService repositoryService, RuntimeService runtimeService,
                    EngineAsSystem engine) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    byte[] bpmnXml(String processInstanceId) {
        return engine.call(() -> {
            HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            if (instance == null) {
                throw new InstanceNotFoundException();
            }
            try (InputStream xml = repositoryService.getProcessModel(instance.getProcessDefinitionId())) {
                return xml.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Empty once the instance has ended. */
    List<String> activeActivityIds(String processInstanceId) {
        return engine.call(() -> runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0
                ? List.of()
                : runtimeService.getActiveActivityIds(processInstanceId));
    }
}
