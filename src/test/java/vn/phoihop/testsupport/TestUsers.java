package vn.phoihop.testsupport;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;

/**
 * Fresh users and groups in the engine's identity store, with ids no other test uses, so tests that
 * share one application context never see each other's people. Ids are letters and digits only,
 * as Camunda's default user id pattern requires.
 */
public final class TestUsers {

    private static final AtomicInteger counter = new AtomicInteger();

    private final IdentityService identityService;

    public TestUsers(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String newGroup(String prefix) {
        String id = prefix + "-" + System.nanoTime() % 100_000 + counter.incrementAndGet();
        var group = identityService.newGroup(id);
        group.setName(id);
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
        return id;
    }

    /** A user with an e-mail address, member of the given groups. */
    public String newUser(String prefix, String... groupIds) {
        String id = prefix + System.nanoTime() % 100_000 + counter.incrementAndGet();
        var user = identityService.newUser(id);
        user.setFirstName("Test");
        user.setLastName(id);
        user.setEmail(id + "@test.phoihop.local");
        identityService.saveUser(user);
        for (String groupId : groupIds) {
            identityService.createMembership(id, groupId);
        }
        return id;
    }
}
