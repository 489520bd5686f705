package vn.phoihop.units;

/** A unit as typed in the form or a row of an import, all text, before {@link UnitRules} checks it. */
record UnitValues(String code, String kind, String name, String district, String commune,
                  String managingOrganization, String contactUser) {
}
