package vn.phoihop.security;

import java.util.Collection;
import java.util.HashMap;
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
        Authorization authorization = existing != null ? existing : newGrant(groupId, resource, resourceId);
        List<? extends Permission> missing = permissions.stream()
                .filter(permission -> !authorization.isPermissionGranted(permission))
                .toList();
        if (missing.isEmpty()) {
            return false;
        }
        missing.forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
        return true;
    }

    /**
     * The same for many groups on one resource: one query for the grants that exist instead of one
     * per group, so that start-up stays quick with thousands of unit groups. Answers how many changed.
     */
    public int ensureAll(Collection<String> groupIds, Resource resource, String resourceId,
                         Collection<? extends Permission> permissions) {
        Map<String, Authorization> existing = new HashMap<>();
        for (Authorization authorization : authorizationService.createAuthorizationQuery().resourceType(resource)
                .resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
            if (authorization.getGroupId() != null) {
                existing.put(authorization.getGroupId(), authorization);
            }
        }
        int changed = 0;
        for (String groupId : groupIds) {
            Authorization authorization = existing.computeIfAbsent(groupId, id -> newGrant(id, resource, resourceId));
            List<? extends Permission> missing = permissions.stream()
                    .filter(permission -> !authorization.isPermissionGranted(permission)).toList();
            if (!missing.isEmpty()) {
                missing.forEach(authorization::addPermission);
                authorizationService.saveAuthorization(authorization);
                changed++;
            }
        }
        return changed;
    }

    private Authorization newGrant(String groupId, Resource resource, String resourceId) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        return authorization;
    }
}
