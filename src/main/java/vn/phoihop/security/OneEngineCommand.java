package vn.phoihop.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs several engine calls as one command, with the user's own grants (unlike
 * {@link EngineAsSystem}, which may be nested inside). Service calls made inside join the command,
 * so a task, its execution and its definition are read once, not once per call.
 *
 * <p>For reads. A command writes what it changed when it ends, so a step that may still be
 * refused keeps its writes in a command of their own. The work must not throw what a user
 * caused (a task not theirs, a refused value): Camunda logs whatever leaves a command as an
 * error, so such answers are returned, not thrown.
 */
@Component
public class OneEngineCommand {

    private final CommandExecutor commandExecutor;

    OneEngineCommand(ProcessEngine processEngine) {
        this.commandExecutor = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
    }

    public <T> T call(Supplier<T> work) {
        return commandExecutor.execute(context -> work.get());
    }
}
