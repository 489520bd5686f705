package vn.phoihop.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.phoihop.referencedata.ReferenceDataFiles;
import vn.phoihop.startup.StartupLoader;
import vn.phoihop.startup.StartupOrder;

/**
 * Outside demo mode: creates the first administrator from the environment when there is none,
 * and refuses to start while any account still has the demo password, since the demo password
 * is published in the README.
 */
@Component
@Profile("!" + DemoAccountsLoader.DEMO_PROFILE)
@Order(StartupOrder.ACCOUNTS)
class ProductionAccountsGuard implements StartupLoader {

    private static final Logger log = LoggerFactory.getLogger(ProductionAccountsGuard.class);

    private final ReferenceDataFiles files;
    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final FirstAdministrator firstAdministrator;

    ProductionAccountsGuard(ReferenceDataFiles files, IdentityService identityService,
                            ProcessEngineConfigurationImpl engineConfiguration, FirstAdministrator firstAdministrator) {
        this.files = files;
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
        this.firstAdministrator = firstAdministrator;
    }

    @Override
    public void loadAtStartup() {
        createFirstAdministratorIfNone();
        String demoPassword = DemoAccounts.publishedPassword(files);
        List<String> withDemoPassword = identityService.createUserQuery().list().stream()
                .filter(user -> hasPassword(user, demoPassword))
                .map(User::getId)
                .toList();
        if (!withDemoPassword.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production mode: these accounts still have the demo "
                    + "password: " + withDemoPassword + ". Change their passwords (Camunda Admin) or start in demo mode.");
        }
    }

    /** {@link FirstAdministratorCheck} has refused the start already if this cannot be done. */
    private void createFirstAdministratorIfNone() {
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        String adminUserId = firstAdministrator.userId();
        if (identityService.createUserQuery().userId(adminUserId).count() == 0) {
            User admin = identityService.newUser(adminUserId);
            admin.setFirstName("Quản trị");
            admin.setLastName("Hệ thống");
            admin.setPassword(firstAdministrator.requirePassword());
            identityService.saveUser(admin);
        }
        identityService.createMembership(adminUserId, Groups.CAMUNDA_ADMIN);
        log.info("Created the first administrator '{}' from PHOIHOP_ADMIN_PASSWORD", adminUserId);
    }

    /** Compares hashes directly: checkPassword would count a failed login against every real account. */
    private boolean hasPassword(User user, String password) {
        UserEntity entity = (UserEntity) user;
        if (entity.getPassword() == null) {
            return false;
        }
        String salted = EncryptionUtil.saltPassword(password, entity.getSalt());
        return engineConfiguration.getPasswordManager().check(salted, entity.getPassword());
    }
}
