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
    UNIT
}
