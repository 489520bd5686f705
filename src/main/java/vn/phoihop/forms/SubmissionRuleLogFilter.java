package vn.phoihop.forms;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps a process rule's refusal ({@link SubmissionRuleException}) out of the error log. Camunda
 * logs every exception that leaves a command at ERROR with its stack trace, unless it is a
 * BadUserRequestException itself; a rule thrown by a listener reaches it wrapped in the engine's
 * "exception while invoking the listener", so each refused form wrote some 200 lines at ERROR for
 * what is a normal answer to the user (a 400 with the form again). Only that case is dropped; every
 * other engine error is logged as before. Logback creates it from {@code logback-spring.xml}.
 */
public class SubmissionRuleLogFilter extends TurboFilter {

    private static final String ENGINE_LOGGERS = "org.camunda.bpm.engine";

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || !logger.getName().startsWith(ENGINE_LOGGERS)) {
            return FilterReply.NEUTRAL;
        }
        // SLF4J passes the exception as the last argument; logback takes it out of params later
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            thrown = last;
        }
        return SubmissionRuleException.causeOf(thrown) != null ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
