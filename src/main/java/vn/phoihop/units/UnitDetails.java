package vn.phoihop.units;

/**
 * What an editor says about a unit, checked by {@link UnitRules} before it reaches the aggregate.
 * The managing organisation is a code of the organisation tree.
 */
public record UnitDetails(UnitKind kind, String name, String district, String commune,
                          String managingOrganization, String contactUser) {
}
