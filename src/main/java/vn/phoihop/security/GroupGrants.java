package vn.phoihop.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Makes sure a group holds some permissions on a Camunda resource, adding only what is missing
 * and never taking anything away, so that what an administrator granted by hand survives.
 */
@Component
public class GroupGrants {

    /** Group ids per query: well under the bind-parameter limits of H2 and PostgreSQL. */
    private static final int QUERY_GROUPS = 500;

    private final AuthorizationService authorizationService;

    GroupGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /** Answers whether anything was added. */
    public boolean ensure(String groupId, Resource resource, String resourceId, Collection<? extends Permission> permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .singleResult();
        return addMissing(existing != null ? existing : newGrant(groupId, resource, resourceId), permissions);
    }

    /**
     * The same for many groups on one resource: one query per {@value #QUERY_GROUPS} groups for the
     * grants that exist instead of one per group, so that start-up stays quick with thousands of
     * unit groups, and a unit added to thousands reads only its own. Answers how many changed.
     */
    public int ensureAll(Collection<String> groupIds, Resource resource, String resourceId,
                         Collection<? extends Permission> permissions) {
        List<String> asked = List.copyOf(new LinkedHashSet<>(groupIds));
        Map<String, Authorization> existing = new HashMap<>();
        for (int from = 0; from < asked.size(); from += QUERY_GROUPS) {
            List<String> chunk = asked.subList(from, Math.min(asked.size(), from + QUERY_GROUPS));
            authorizationService.createAuthorizationQuery().groupIdIn(chunk.toArray(String[]::new)).resourceType(resource)
                    .resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT).list()
                    .forEach(authorization -> existing.put(authorization.getGroupId(), authorization));
        }
        int changed = 0;
        for (String groupId : asked) {
            if (addMissing(existing.computeIfAbsent(groupId, id -> newGrant(id, resource, resourceId)), permissions)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean addMissing(Authorization authorization, Collection<? extends Permission> permissions) {
        List<? extends Permission> missing = permissions.stream()
                .filter(permission -> !authorization.isPermissionGranted(permission)).toList();
        if (missing.isEmpty()) {
            return false;
        }
        missing.forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
        return true;
    }

    private Authorization newGrant(String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }
}
