package vn.phoihop.security;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.phoihop.referencedata.ReferenceDataFiles;

/**
 * The first administrator of a production database, from {@code PHOIHOP_ADMIN_USER} and
 * {@code PHOIHOP_ADMIN_PASSWORD}. Needed only while the database has no administrator.
 */
@Component
@Profile("!" + DemoAccountsLoader.DEMO_PROFILE)
class FirstAdministrator {

    private final ReferenceDataFiles files;
    private final String userId;
    private final String password;

    FirstAdministrator(ReferenceDataFiles files, AdministratorProperties properties) {
        this.files = files;
        this.userId = properties.user();
        this.password = properties.password();
    }

    String userId() {
        return userId;
    }

    /** The demo password is published in the README, so it does not count as set. */
    String requirePassword() {
        if (password.isBlank() || password.equals(DemoAccounts.publishedPassword(files))) {
            throw new IllegalStateException("Refusing to start in production mode: there is no administrator yet. "
                    + "Set PHOIHOP_ADMIN_PASSWORD (and optionally PHOIHOP_ADMIN_USER, default 'admin') to create the "
                    + "first one; the demo password is not accepted.");
        }
        return password;
    }
}
