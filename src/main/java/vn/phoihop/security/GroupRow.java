package vn.phoihop.security;

import java.util.List;

/** A Camunda group as written in {@code reference/groups.yaml}. */
record GroupRow(String id, String name, String type) {

    static final String WORKFLOW = "WORKFLOW";

    record File(List<GroupRow> groups) {
    }
}
