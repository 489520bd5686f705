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
import org.springframework.beans.factory.annotation.Value;
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
    private final String adminUserId;
    private final String adminPassword;

    ProductionAccountsGuard(ReferenceDataFiles files, IdentityService identityService,
                            ProcessEngineConfigurationImpl engineConfiguration,
                            @Value("${phoihop.admin.user:admin}") String adminUserId,
                            @Value("${phoihop.admin.password:}") String adminPassword) {
        this.files = files;
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
        this.adminUserId = adminUserId;
        this.adminPassword = adminPassword;
    }

    @Override
    public void loadAtStartup() {
        String demoPassword = files.read("demo-users.yaml", DemoAccounts.class).password();
        createFirstAdministratorIfNone(demoPassword);
        List<String> withDemoPassword = identityService.createUserQuery().list().stream()
                .filter(user -> hasPassword(user, demoPassword))
                .map(User::getId)
                .toList();
        if (!withDemoPassword.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production mode: these accounts still have the demo "
                    + "password: " + withDemoPassword + ". Change their passwords (Camunda Admin) or start in demo mode.");
        }
    }

    private void createFirstAdministratorIfNone(String demoPassword) {
        if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        if (adminPassword.isBlank() || adminPassword.equals(demoPassword)) {
            throw new IllegalStateException("Refusing to start in production mode: there is no administrator yet. "
                    + "Set PHOIHOP_ADMIN_PASSWORD (and optionally PHOIHOP_ADMIN_USER, default 'admin') to create the "
                    + "first one; the demo password is not accepted.");
        }
        if (identityService.createUserQuery().userId(adminUserId).count() == 0) {
            User admin = identityService.newUser(adminUserId);
            admin.setFirstName("Quản trị");
            admin.setLastName("Hệ thống");
            admin.setPassword(adminPassword);
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
