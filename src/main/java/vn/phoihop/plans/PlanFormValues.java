package vn.phoihop.plans;

import static vn.phoihop.plans.PlanProcessVariables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.forms.FormRows;
import vn.phoihop.forms.RecordFormValues;
import vn.phoihop.organizations.OrganizationTree;

/**
 * What the plan's forms show: the draft as it stands (title, basis, every duty), a local plan's title
 * (the province's, for the local level), the duties to assess at the year's end. The plan, not the
 * variables, holds them.
 */
@Component
@Transactional(readOnly = true)
class PlanFormValues implements RecordFormValues {

    static final String DRAFT_FORM = "plan-draft";
    static final String LOCAL_FORM = "plan-local-draft";
    static final String ASSESSMENT_FORM = "plan-assessment";

    private final PlanRepository plans;
    private final OrganizationTree organizations;

    PlanFormValues(PlanRepository plans, OrganizationTree organizations) {
        this.plans = plans;
        this.organizations = organizations;
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId) {
        return values(formId, processInstanceId, Map.of());
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId, Map<String, Object> stepVariables) {
        if (!List.of(DRAFT_FORM, LOCAL_FORM, ASSESSMENT_FORM).contains(formId)) {
            return Map.of();
        }
        return plans.findByProcessInstanceIdAndOrganizationIsNull(processInstanceId)
                .map(plan -> values(formId, plan, stepVariables.get(LOCAL_LEVEL))).orElse(Map.of());
    }

    private Map<String, Object> values(String formId, Plan plan, Object localLevel) {
        Map<String, Object> values = new LinkedHashMap<>();
        switch (formId) {
            case DRAFT_FORM -> {
                values.put(TITLE, plan.title());
                values.put(BASIS, plan.basis() == null ? "" : plan.basis());
                values.put(DUTIES, plan.duties().stream().map(duty -> FormRows.row("code", duty.code(), "periodicity", duty.periodicity(),
                        "text", duty.text())).toList());
            }
            case LOCAL_FORM -> {
                if (localLevel != null) {
                    String name = organizations.find(localLevel.toString()).map(found -> found.name(LocaleContextHolder.getLocale()))
                            .orElse(localLevel.toString());
                    values.put(TITLE, plan.title() + " – " + name);
                }
            }
            default -> values.put(ASSESSMENTS, plan.duties().stream().map(duty -> FormRows.row("code", duty.code(),
                    "note", duty.doneNote() == null ? "" : duty.doneNote())).toList());
        }
        return values;
    }
}
