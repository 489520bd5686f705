package vn.phoihop.plans;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.ReferenceOptionsSource;

/** The reference list {@code plans} a form may offer: the province's published plans, to copy the next one from. */
@Component
class PlanOptions implements ReferenceOptionsSource {

    static final String REFERENCE_NAME = "plans";

    private final PlanService plans;

    PlanOptions(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public List<FormOption> options(String referenceName, Locale locale) {
        if (!REFERENCE_NAME.equals(referenceName)) {
            return List.of();
        }
        return plans.published().stream().filter(plan -> plan.organization() == null)
                .map(plan -> new FormOption(plan.numberAndSymbol() + " (" + plan.year() + ")", plan.id())).toList();
    }
}
