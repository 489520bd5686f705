package vn.phoihop.instances;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormCatalog;
import vn.phoihop.forms.FormComponent;
import vn.phoihop.forms.FormComponentType;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.FormSchema;

/**
 * What a completed step decided, for the history: the answer given to the step's decision field,
 * e.g. "Kết quả thẩm định: Trả lại để bổ sung hồ sơ". A decision field is a radio group of the
 * step's form with options of its own (not a reference list); the answer is the value the step's
 * completion wrote, read from the engine's history of variable updates (level full) and shown by
 * its option's label. Any process whose form has such a field gets it, without code of its own.
 * The form is read from forms/ as it is now: a label changed since only changes the wording.
 * Runs inside {@link InstanceHistory}'s unchecked engine call.
 */
@Component
class StepOutcomes {

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final FormCatalog forms;

    StepOutcomes(HistoryService historyService, RepositoryService repositoryService, FormCatalog forms) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.forms = forms;
    }

    /** Task id → "field label: option label", for the completed tasks whose form has a decision field. */
    Map<String, String> of(String processInstanceId, List<HistoricTaskInstance> tasks) {
        Map<String, List<FormComponent>> decisionFields = new HashMap<>();
        for (HistoricTaskInstance task : tasks) {
            if (task.getEndTime() != null) {
                List<FormComponent> fields = decisionFieldsOf(task);
                if (!fields.isEmpty()) {
                    decisionFields.put(task.getId(), fields);
                }
            }
        }
        if (decisionFields.isEmpty()) {
            return Map.of();
        }
        // The completion writes the values in the step's own activity instance.
        Map<String, List<HistoricVariableUpdate>> updatesByActivity = new HashMap<>();
        for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(processInstanceId)
                .variableUpdates().disableBinaryFetching().disableCustomObjectDeserialization().list()) {
            if (detail instanceof HistoricVariableUpdate update && update.getActivityInstanceId() != null) {
                updatesByActivity.computeIfAbsent(update.getActivityInstanceId(), id -> new ArrayList<>()).add(update);
            }
        }
        Map<String, String> outcomes = new HashMap<>();
        for (HistoricTaskInstance task : tasks) {
            List<FormComponent> fields = decisionFields.get(task.getId());
            if (fields == null) {
                continue;
            }
            List<HistoricVariableUpdate> updates = updatesByActivity.getOrDefault(task.getActivityInstanceId(), List.of());
            for (FormComponent field : fields) {
                answer(field, updates).ifPresent(label -> outcomes.merge(task.getId(), field.displayLabel() + ": " + label,
                        (first, second) -> first + "; " + second));
            }
        }
        return outcomes;
    }

    private List<FormComponent> decisionFieldsOf(HistoricTaskInstance task) {
        if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
            return List.of();
        }
        // the model is cached by the engine after its first use
        var element = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        if (!(element instanceof UserTask userTask) || userTask.getCamundaFormRef() == null) {
            return List.of();
        }
        return forms.find(userTask.getCamundaFormRef()).map(FormSchema::fields).orElse(List.of()).stream()
                .filter(field -> field.type() == FormComponentType.RADIO && !field.values().isEmpty())
                .toList();
    }

    /** The label of the last value the step wrote to the field, if it wrote one of the field's options. */
    private static Optional<String> answer(FormComponent field, List<HistoricVariableUpdate> updates) {
        return updates.stream().filter(update -> field.key().equals(update.getVariableName()))
                .reduce((first, second) -> second)
                .map(update -> Objects.toString(update.getValue(), null))
                .flatMap(value -> field.values().stream().filter(option -> option.value().equals(value))
                        .map(FormOption::label).findFirst());
    }
}
