package vn.phoihop.units;

import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.phoihop.processes.StarterGroupGrants;
import vn.phoihop.security.EngineAsSystem;

/**
 * The Camunda group of each unit ({@code unit-<code>}), whose members act for it in the processes
 * that a later slice builds; the contact user is made a member. Written through the engine's
 * identity service, in the caller's transaction.
 */
@Component
class UnitGroups {

    static final String TYPE = "UNIT";

    private final IdentityService identityService;
    private final EngineAsSystem engineAsSystem;
    private final StarterGroupGrants starterGrants;

    UnitGroups(IdentityService identityService, EngineAsSystem engineAsSystem, StarterGroupGrants starterGrants) {
        this.starterGrants = starterGrants;
        this.identityService = identityService;
        this.engineAsSystem = engineAsSystem;
    }

    void createFor(Unit unit) {
        createFor(List.of(unit));
    }

    /**
     * All the groups in one engine command: the identity calls inside reuse its context, so an
     * import of 10,000 units flushes once instead of keeping 20,000 command contexts (each held by
     * the Spring transaction until it ends) in memory. Without Camunda's checks: a managing level
     * may not create groups in Camunda, and {@link UnitScope} has already allowed the unit.
     */
    void createFor(Collection<Unit> units) {
        engineAsSystem.call(() -> {
            units.forEach(this::createOne);
            // the new groups may start the processes of the role "units" (process-roles.yaml) at once
            starterGrants.grantToNewGroups(TYPE, units.stream().map(Unit::getContactGroup).toList());
            return null;
        });
    }

    private void createOne(Unit unit) {
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
        engineAsSystem.call(() -> {
            renameOne(unit);
            return null;
        });
    }

    void contactChanged(Unit unit) {
        engineAsSystem.call(() -> {
            addContact(unit);
            return null;
        });
    }

    private void renameOne(Unit unit) {
        var group = identityService.createGroupQuery().groupId(unit.getContactGroup()).singleResult();
        if (group != null && !unit.getName().equals(group.getName())) {
            group.setName(unit.getName());
            identityService.saveGroup(group);
        }
    }

    private void addContact(Unit unit) {
        String user = unit.getContactUser();
        if (user != null && identityService.createUserQuery().userId(user).memberOfGroup(unit.getContactGroup()).count() == 0) {
            identityService.createMembership(user, unit.getContactGroup());
        }
    }
}
