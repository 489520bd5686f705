package vn.phoihop.processes;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.SubmissionRuleException;

/**
 * Camunda's REST resources, plus one answer of ours: Camunda's start endpoint reports every engine
 * exception as 500, also a process rule refusing the values it was given (a proposal for
 * someone else's organisation, say). That is the client's mistake, so it is answered 400 with
 * the rule's message code. A read of something that does not exist is a 404, not Camunda's 500.
 */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(RuleRefusalMapper.class);
        register(MissingEntityMapper.class);
    }

    /**
     * Camunda reports a read of something that does not exist ({@code process-instance/nope/variables})
     * as a {@link NullValueException}, which its handler turns into 500; it is the client's 404.
     */
    @Priority(1)
    static class MissingEntityMapper implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camundasOwn = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            if (!(exception instanceof NullValueException)) {
                return camundasOwn.toResponse(exception);
            }
            ExceptionDto body = new ExceptionDto();
            body.setType(InvalidRequestException.class.getSimpleName());
            body.setMessage(exception.getMessage());
            return Response.status(Response.Status.NOT_FOUND).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }

    @Priority(1)
    static class RuleRefusalMapper implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camundasOwn = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            SubmissionRuleException rule = SubmissionRuleException.causeOf(exception);
            if (rule == null) {
                return camundasOwn.toResponse(exception);
            }
            ExceptionDto body = new ExceptionDto();
            body.setType(SubmissionRuleException.class.getSimpleName());
            body.setMessage(rule.getMessageCode());
            return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
        }
    }
}
