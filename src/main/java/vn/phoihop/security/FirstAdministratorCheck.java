package vn.phoihop.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses a production start that could not create its first administrator, as soon as the
 * engine can answer whether there is one: before the models are deployed, before any reference
 * data or account is written and before the web server opens its port. A database that has an
 * administrator already starts without {@code PHOIHOP_ADMIN_PASSWORD}.
 */
@Component
@Profile("!" + DemoAccountsLoader.DEMO_PROFILE)
class FirstAdministratorCheck extends AbstractProcessEnginePlugin {

    private final FirstAdministrator firstAdministrator;

    FirstAdministratorCheck(FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (processEngine.getIdentityService().createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() > 0) {
            return;
        }
        try {
            firstAdministrator.requirePassword();
        } catch (IllegalStateException refused) {
            // the engine is not a bean yet, so Spring would not close it
            processEngine.close();
            throw refused;
        }
    }
}
