package vn.phoihop.security;

import java.util.List;

/** Permissions on one Camunda resource for some groups, as written in {@code reference/authorizations.yaml}. */
record GrantRow(List<String> groups, String resource, String resourceId, List<String> permissions) {

    /** Every workflow group, in {@code groups}; every resource type, in {@code resource}. */
    static final String ALL = "*";

    record File(List<GrantRow> grants) {
    }
}
