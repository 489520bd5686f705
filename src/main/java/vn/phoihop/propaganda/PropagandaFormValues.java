package vn.phoihop.propaganda;

import static vn.phoihop.propaganda.PropagandaProcessVariables.*;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.RecordFormValues;
import vn.phoihop.organizations.OrganizationTree;

/**
 * What the propaganda forms show from the record: the material to revise (with the leader's
 * reason), the text to copy into the Zalo groups, the speaker request of a branch and the subject
 * of a late confirmation. Which organisation a branch is about comes from the branch's own
 * variable, which the engine set and no form declares.
 */
@Component
class PropagandaFormValues implements RecordFormValues {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PropagandaService materials;
    private final OrganizationTree organizations;

    PropagandaFormValues(PropagandaService materials, OrganizationTree organizations) {
        this.materials = materials;
        this.organizations = organizations;
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId) {
        return values(formId, processInstanceId, Map.of());
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId, Map<String, Object> stepVariables) {
        if (formId == null || !formId.startsWith("propaganda-")) {
            return Map.of();
        }
        Material material = materials.findByInstance(processInstanceId).orElse(null);
        if (material == null) {
            return Map.of();
        }
        Map<String, Object> values = new HashMap<>();
        Object organization = stepVariables.get(ORGANIZATION);
        switch (formId) {
            case "propaganda-material-revision" -> {
                values.put(TITLE, material.title());
                values.put(TOPIC, material.topic().code());
                values.put(BODY, material.body());
                values.put(RETURN_REASON, material.returnReason());
            }
            case "propaganda-confirmation" -> values.put(MATERIAL_BODY, material.body());
            case "propaganda-overdue" -> {
                if (organization != null) {
                    values.put(OVERDUE_SUBJECT, "Xác nhận tuyên truyền của " + name(organization.toString()) + " (hạn "
                            + DAY.format(material.confirmDueOn()) + ")");
                }
            }
            case "propaganda-speaker-assignment", "propaganda-talk" -> {
                if (organization != null) {
                    Confirmation confirmation = material.confirmation(organization.toString());
                    values.put(SPEAKER_REQUEST, name(confirmation.organization()) + ": ngày "
                            + (confirmation.talkOn() == null ? "" : DAY.format(confirmation.talkOn())) + ", " + confirmation.talkPlace()
                            + ", " + confirmation.talkAudience() + (confirmation.talkTopic() == null ? "" : ", " + confirmation.talkTopic())
                            + (confirmation.speaker() == null ? "" : " — báo cáo viên: " + confirmation.speaker()));
                }
            }
            default -> {
            }
        }
        return values;
    }

    private String name(String code) {
        return organizations.find(code).map(found -> found.name(LocaleContextHolder.getLocale())).orElse(code);
    }
}
