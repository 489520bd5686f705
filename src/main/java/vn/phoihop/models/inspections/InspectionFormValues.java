package vn.phoihop.models.inspections;

import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.*;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.RecordFormValues;
import vn.phoihop.models.MovementModelRepository;
import vn.phoihop.organizations.OrganizationTree;

/**
 * What the inspection's forms show from the record: the proposed team (for a correction after the
 * leaders' return, with their reason), the model a findings branch is about, the weakness a
 * remediation branch is about. Which organisation or remediation a branch is about comes from the
 * branch's own variables, which the engine set and no form declares.
 */
@Component
class InspectionFormValues implements RecordFormValues {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final InspectionService inspections;
    private final MovementModelRepository models;
    private final OrganizationTree organizations;

    InspectionFormValues(InspectionService inspections, MovementModelRepository models, OrganizationTree organizations) {
        this.inspections = inspections;
        this.models = models;
        this.organizations = organizations;
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId) {
        return values(formId, processInstanceId, Map.of());
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId, Map<String, Object> stepVariables) {
        if (formId == null || !formId.startsWith("model-inspection-")) {
            return Map.of();
        }
        ModelInspection inspection = inspections.findByInstance(processInstanceId).orElse(null);
        if (inspection == null) {
            return Map.of();
        }
        Map<String, Object> values = new HashMap<>();
        switch (formId) {
            case "model-inspection-team" -> {
                values.putAll(TeamForm.values(inspection));
                values.put(TEAM_RETURN_REASON, inspection.teamReturnReason());
            }
            case "model-inspection-findings" -> {
                Object organization = stepVariables.get(ORGANIZATION);
                if (organization != null) {
                    ModelSelection selection = inspection.selection(organization.toString());
                    values.put(INSPECTED_MODEL, name(organization.toString()) + ": " + modelName(selection.modelId()));
                }
            }
            case "model-inspection-remediation" -> remediation(inspection, stepVariables).ifPresent(remediation -> {
                values.put(WEAKNESS, remediation.content());
                values.put(REMEDIATION_DUE_ON, DAY.format(remediation.dueOn()));
            });
            case "model-inspection-overdue" -> values.put(OVERDUE_SUBJECT, overdueSubject(inspection, stepVariables));
            default -> {
            }
        }
        return values;
    }

    /** A late remediation, or (a branch of the selection) a late selection. */
    private String overdueSubject(ModelInspection inspection, Map<String, Object> stepVariables) {
        Optional<Remediation> late = remediation(inspection, stepVariables);
        if (late.isPresent()) {
            Remediation remediation = late.get();
            return name(remediation.organization()) + " – " + modelName(remediation.modelId()) + ": " + remediation.content()
                    + " (hạn " + DAY.format(remediation.dueOn()) + ")";
        }
        Object organization = stepVariables.get(ORGANIZATION);
        return organization == null ? null : "Chọn mô hình để kiểm tra: " + name(organization.toString());
    }

    private static Optional<Remediation> remediation(ModelInspection inspection, Map<String, Object> stepVariables) {
        Object id = stepVariables.get(REMEDIATION_ID);
        return id == null ? Optional.empty()
                : inspection.remediations().stream().filter(remediation -> remediation.id().equals(id)).findFirst();
    }

    private String modelName(String modelId) {
        return modelId == null ? "" : models.findById(modelId).map(model -> model.getName()).orElse(modelId);
    }

    private String name(String code) {
        return organizations.find(code).map(organization -> organization.name(LocaleContextHolder.getLocale())).orElse(code);
    }
}
