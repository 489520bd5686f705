package vn.phoihop.organizations;

public enum OrganizationKind {
    POLICE,
    POLICE_DIVISION,
    FRONT,
    FRONT_DEPARTMENT,
    LEADERSHIP,
    MEMBER_ORGANIZATION,
    DISTRICT,
    DISTRICT_POLICE,
    DISTRICT_FRONT,
    /** A commune, ward or township: the local level since 1 July 2025. */
    COMMUNE,
    COMMUNE_POLICE,
    COMMUNE_FRONT,
    UNIT;

    /**
     * The police of a local level (district until June 2025, commune or ward since) manage the
     * safe units of their area; which one applies in a year follows from the organisations' validity.
     */
    public boolean managesUnits() {
        return this == DISTRICT_POLICE || this == COMMUNE_POLICE;
    }

    /** The police and the Front of a local level, who both follow the units of their area. */
    public boolean isLocalLevel() {
        return this == DISTRICT_POLICE || this == DISTRICT_FRONT || this == COMMUNE_POLICE || this == COMMUNE_FRONT;
    }

    /** The Front's side of the plan (the Front, its departments, the member organisations, the local Fronts); the police's otherwise. */
    public boolean isFrontSide() {
        return this == FRONT || this == FRONT_DEPARTMENT || this == MEMBER_ORGANIZATION || this == DISTRICT_FRONT
                || this == COMMUNE_FRONT;
    }
}
