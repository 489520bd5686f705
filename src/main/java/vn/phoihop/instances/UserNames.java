package vn.phoihop.instances;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.phoihop.security.Colleague;
import vn.phoihop.security.EngineAsSystem;

/**
 * Display names ("Trần Minh Khang") for user ids, read in one query per page. Users have no right
 * to read other users in Camunda, and the people on an instance they may see are no secret to them.
 */
@Component
class UserNames {

    private final IdentityService identityService;
    private final EngineAsSystem engine;

    UserNames(IdentityService identityService, EngineAsSystem engine) {
        this.identityService = identityService;
        this.engine = engine;
    }

    /** Every given id mapped to its display name, or to itself when the user is unknown (deleted). */
    Map<String, String> of(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return names;
        }
        for (User user : engine.call(() -> identityService.createUserQuery().userIdIn(ids).list())) {
            names.put(user.getId(), Colleague.of(user).name());
        }
        for (String id : ids) {
            names.putIfAbsent(id, id);
        }
        return names;
    }
}
