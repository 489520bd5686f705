package vn.phoihop.processes;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A model deployed while the application runs — from the admin page, the desktop Modeler or
 * {@code /engine-rest} — gets its starters' grants as soon as its deployment commits, instead of at
 * the next start: whoever its {@code candidateStarterGroups} name may start it at once, on every
 * node, since the grants are in the shared database. At start-up {@link StarterGroupGrants} does it
 * once the groups exist.
 */
@Component
class StarterGrantsAfterDeploy extends AbstractProcessEnginePlugin implements Deployer {

    private static final Logger log = LoggerFactory.getLogger(StarterGrantsAfterDeploy.class);

    private final ObjectProvider<StarterGroupGrants> grants;
    private final ObjectProvider<PlatformTransactionManager> transactions;
    private volatile boolean running;

    StarterGrantsAfterDeploy(ObjectProvider<StarterGroupGrants> grants, ObjectProvider<PlatformTransactionManager> transactions) {
        this.grants = grants;
        this.transactions = transactions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var deployers = configuration.getCustomPostDeployers() == null ? new ArrayList<Deployer>()
                : new ArrayList<>(configuration.getCustomPostDeployers());
        deployers.add(this);
        configuration.setCustomPostDeployers(deployers);
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        running = true;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!running || !deployment.isNew() || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                grantNow(deployment.getId());
            }
        });
    }

    /** In a transaction of its own: the deployment's has committed, and anything written in it now would be lost. */
    private void grantNow(String deploymentId) {
        TransactionTemplate transaction = new TransactionTemplate(transactions.getObject());
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        try {
            transaction.executeWithoutResult(status -> grants.getObject().grantForDeployment(deploymentId));
        } catch (RuntimeException e) {
            // the deployment stands; the next start grants what this could not
            log.warn("Starter grants after deployment {} failed: {}", deploymentId, e.toString());
        }
    }
}
