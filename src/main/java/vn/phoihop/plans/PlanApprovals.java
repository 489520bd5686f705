package vn.phoihop.plans;

import org.springframework.stereotype.Component;

/**
 * What the model's gateways ask after both sides have decided ({@code ${planApprovals.approved(planId)}}):
 * the answer comes from the plan's record, never from a variable a request could set.
 */
@Component("planApprovals")
public class PlanApprovals {

    private final PlanService plans;

    PlanApprovals(PlanService plans) {
        this.plans = plans;
    }

    public boolean approved(String planId) {
        return plans.plan(planId).approvedByBoth();
    }

    public boolean localApproved(String parentId, String localLevel) {
        return plans.localPlan(parentId, localLevel).approvedByBoth();
    }
}
