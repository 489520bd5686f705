package vn.phoihop.units;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The Camunda group of each unit ({@code unit-<code>}), whose members act for it in the processes
 * that a later slice builds; the contact user is made a member. Written through the engine's
 * identity service, in the caller's transaction.
 */
@Component
class UnitGroups {

    static final String TYPE = "UNIT";

    private final IdentityService identityService;

    UnitGroups(IdentityService identityService) {
        this.identityService = identityService;
    }

    void createFor(Unit unit) {
        var group = identityService.createGroupQuery().groupId(unit.getContactGroup()).singleResult();
        if (group == null) {
            group = identityService.newGroup(unit.getContactGroup());
        }
        group.setName(unit.getName());
        group.setType(TYPE);
        identityService.saveGroup(group);
        addContact(unit);
    }

    void renamed(Unit unit) {
        var group = identityService.createGroupQuery().groupId(unit.getContactGroup()).singleResult();
        if (group != null && !unit.getName().equals(group.getName())) {
            group.setName(unit.getName());
            identityService.saveGroup(group);
        }
    }

    void addContact(Unit unit) {
        String user = unit.getContactUser();
        if (user != null && identityService.createUserQuery().userId(user).memberOfGroup(unit.getContactGroup()).count() == 0) {
            identityService.createMembership(user, unit.getContactGroup());
        }
    }
}
