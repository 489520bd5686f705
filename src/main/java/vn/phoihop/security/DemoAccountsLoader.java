package vn.phoihop.security;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.phoihop.referencedata.ReferenceDataFiles;
import vn.phoihop.startup.StartupLoader;
import vn.phoihop.startup.StartupOrder;

/**
 * Creates the demo accounts, one or more per group, in demo mode only. An account that exists
 * already is left as it is (its password may have been changed on purpose); only missing group
 * memberships are added.
 */
@Component
@Profile(DemoAccountsLoader.DEMO_PROFILE)
@Order(StartupOrder.ACCOUNTS)
class DemoAccountsLoader implements StartupLoader {

    static final String DEMO_PROFILE = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccountsLoader.class);

    private final ReferenceDataFiles files;
    private final IdentityService identityService;

    DemoAccountsLoader(ReferenceDataFiles files, IdentityService identityService) {
        this.files = files;
        this.identityService = identityService;
    }

    @Override
    public void loadAtStartup() {
        DemoAccounts accounts = DemoAccounts.read(files);
        int created = 0;
        for (DemoAccounts.DemoUser demo : accounts.users()) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                var user = identityService.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.email());
                user.setPassword(accounts.password());
                identityService.saveUser(user);
                created++;
            }
            for (String groupId : demo.groups()) {
                if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(groupId).count() == 0) {
                    identityService.createMembership(demo.id(), groupId);
                }
            }
        }
        log.warn("DEMO MODE: {} demo accounts present ({} created now); never run demo mode with real data",
                accounts.users().size(), created);
    }
}
