package vn.phoihop.instances;

import java.util.concurrent.Callable;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without Camunda's authorization checks, after {@link InstanceAccess} has
 * decided that the user may see the instance. Staff are granted task rights by Camunda but no
 * history rights, so the instance page (history, comments, diagram) could not be read otherwise.
 * The caller's authentication stays set, so comments are still recorded under the user's name,
 * and only this thread's command is affected (unlike switching authorization off engine-wide).
 */
@Component
class EngineWithoutAuthorization {

    private final CommandExecutor commandExecutor;

    EngineWithoutAuthorization(ProcessEngine processEngine) {
        this.commandExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    /** Service calls made inside {@code work} join this command's context and so its unchecked mode. */
    <T> T call(Callable<T> work) {
        return commandExecutor.execute(context -> context.runWithoutAuthorization(work));
    }
}
