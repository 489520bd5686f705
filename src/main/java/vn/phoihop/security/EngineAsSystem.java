package vn.phoihop.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without Camunda's authorization checks, for the answers the portal computes
 * about a user rather than for them (was this user ever involved in that task? who are their
 * colleagues?) and for reads the caller has already allowed by its own rule. The caller decides
 * what of the answer the user may see. The user's identity stays set, so a comment written
 * inside still has its author; only this thread's command runs unchecked, and service calls made
 * inside {@code work} join that command.
 */
@Component
public class EngineAsSystem {

    private final OneEngineCommand oneCommand;

    EngineAsSystem(OneEngineCommand oneCommand) {
        this.oneCommand = oneCommand;
    }

    public <T> T call(Supplier<T> work) {
        return oneCommand.call(() -> Context.getCommandContext().runWithoutAuthorization(work::get));
    }
}
