package vn.phoihop.organizations;

import java.util.List;

/**
 * Organisations and their Camunda groups were added or changed at run time (the commune import),
 * published inside the import's transaction: grants that start-up gives to the groups of the tree
 * (starting processes by role, the grants of every workflow group) must reach the new groups too.
 */
public record OrganizationsImported(List<String> groupIds) {
}
