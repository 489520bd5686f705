package vn.phoihop.security;

import java.util.List;

/** Permissions on one Camunda resource for some groups, as written in {@code reference/authorizations.yaml}. */
record GrantRow(List<String> groups, String resource, String resourceId, List<String> permissions) {

    static final String ALL_WORKFLOW_GROUPS = "*";

    record File(List<GrantRow> grants) {
    }
}
