package vn.phoihop.plans;

/** The two sides whose leaders approve a plan: the police and the Front. */
public enum PlanSide {
    POLICE,
    FRONT
}
