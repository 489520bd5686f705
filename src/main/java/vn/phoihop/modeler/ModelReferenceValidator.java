package vn.phoihop.modeler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;
import vn.phoihop.forms.FormSchemaParser;
import vn.phoihop.forms.InvalidFormException;

/**
 * Refuses a deployment whose models cannot work or do not follow the product's conventions, on every
 * door (start-up, the administrators' upload, {@code /engine-rest}, the desktop Camunda Modeler): XML
 * that does not parse; an id the modeler generated ({@code Activity_0abc123}: DESIGN.md §4 names every
 * element); a user task without a {@code camunda:formRef} (the portal renders Camunda Forms only), or
 * one naming no form (in this deployment or deployed before); an executable process without
 * {@code camunda:historyTimeToLive}; a {@code delegateExpression} naming no Spring bean, an
 * {@code expression} calling a bean or method that does not exist; a form using a component the portal
 * does not render. Camunda would accept several of these and fail only when a user reaches the step;
 * here the deployment fails at once, every problem named with its file and element, and nothing of it
 * is deployed.
 */
class ModelReferenceValidator implements Deployer {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    /** Camunda Modeler's generated ids: a type, an underscore, a digit and six more base-36 characters; and its first start event. */
    static final Pattern GENERATED_ID = Pattern.compile("[A-Za-z]+_[0-9][0-9a-z]{6}|StartEvent_1");

    private final BeanExpressions beans;
    private final FormSchemaParser forms;
    private final ObjectMapper json = new ObjectMapper();

    ModelReferenceValidator(BeanExpressions beans, FormSchemaParser forms) {
        this.beans = beans;
        this.forms = forms;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return; // a deployment re-read into the cache was validated when it was made
        }
        Set<String> formsInDeployment = formIds(deployment);
        List<String> problems = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
                problems.addAll(validate(resource, formsInDeployment));
            } else if (resource.getName().endsWith(".form")) {
                formProblem(resource).ifPresent(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
    }

    private List<String> validate(ResourceEntity resource, Set<String> formsInDeployment) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
        } catch (RuntimeException e) {
            return List.of(resource.getName() + ": not a readable BPMN 2.0 file: " + rootMessage(e));
        }
        List<String> problems = new ArrayList<>();
        walk(model.getDocument().getRootElement(), resource.getName(), formsInDeployment, problems);
        return problems;
    }

    private void walk(DomElement element, String file, Set<String> formsInDeployment, List<String> problems) {
        if (BPMN_NS.equals(element.getNamespaceURI())) {
            conventions(element, file, problems);
        }
        String formRef = element.getAttribute(CAMUNDA_NS, "formRef");
        if (formRef != null && !formRef.startsWith("${") && !formsInDeployment.contains(formRef) && !deployedFormExists(formRef)) {
            problems.add(file + ": element '" + owningId(element) + "': camunda:formRef '" + formRef
                    + "' names no form (no forms/*.form file has this id)");
        }
        String delegate = camundaAttribute(element, "delegateExpression");
        if (delegate != null) {
            beans.delegateProblem(delegate).ifPresent(problem -> problems.add(file + ": element '" + owningId(element)
                    + "': delegateExpression '" + delegate + "' " + problem));
        }
        String expression = camundaAttribute(element, "expression");
        if (expression != null) {
            beans.expressionProblem(expression).ifPresent(problem -> problems.add(file + ": element '" + owningId(element)
                    + "': expression '" + expression + "' " + problem));
        }
        for (DomElement child : element.getChildElements()) {
            walk(child, file, formsInDeployment, problems);
        }
    }

    private static void conventions(DomElement element, String file, List<String> problems) {
        String id = element.getAttribute("id");
        if (id != null && GENERATED_ID.matcher(id).matches()) {
            problems.add(file + ": element '" + id + "': the id was generated by the modeler; name it after what it does"
                    + " (Task_ApproveProposal, Gateway_ProposalApproved …)");
        }
        if ("userTask".equals(element.getLocalName()) && element.getAttribute(CAMUNDA_NS, "formRef") == null
                && element.getAttribute(CAMUNDA_NS, "formKey") == null) {
            problems.add(file + ": element '" + owningId(element) + "': the user task has no camunda:formRef (the portal shows Camunda Forms)");
        }
        if ("process".equals(element.getLocalName()) && "true".equals(element.getAttribute("isExecutable"))
                && element.getAttribute(CAMUNDA_NS, "historyTimeToLive") == null) {
            problems.add(file + ": element '" + owningId(element) + "': the process has no camunda:historyTimeToLive");
        }
    }

    /** A form the portal cannot render: its first unsupported component or syntax, as the form parser names it. */
    private Optional<String> formProblem(ResourceEntity resource) {
        try {
            forms.parse(new String(resource.getBytes(), StandardCharsets.UTF_8), resource.getName());
            return Optional.empty();
        } catch (InvalidFormException e) {
            String message = e.getMessage();
            return Optional.of(message.startsWith(resource.getName()) ? message : resource.getName() + ": " + message);
        }
    }

    /** On a BPMN element with the camunda prefix; on Camunda's own elements (listeners) without one. */
    private static String camundaAttribute(DomElement element, String name) {
        String value = element.getAttribute(CAMUNDA_NS, name);
        if (value == null && CAMUNDA_NS.equals(element.getNamespaceURI())) {
            value = element.getAttribute(name);
        }
        return value;
    }

    /** Listeners and other extension elements have no id: name the BPMN element that holds them. */
    private static String owningId(DomElement element) {
        for (DomElement current = element; current != null; current = current.getParentElement()) {
            String id = current.getAttribute("id");
            if (id != null) {
                return id;
            }
        }
        return element.getLocalName();
    }

    private Set<String> formIds(DeploymentEntity deployment) {
        Set<String> ids = new HashSet<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName().endsWith(".form")) {
                try {
                    JsonNode id = json.readTree(resource.getBytes()).get("id");
                    if (id != null) {
                        ids.add(id.asText());
                    }
                } catch (IOException e) {
                    throw refused(List.of(resource.getName() + ": not a readable Camunda Form (JSON): " + e.getMessage()));
                }
            }
        }
        return ids;
    }

    /**
     * A {@link ParseException}, as the engine's own parser raises: the REST API answers it with 400
     * and the problems, where any other engine exception would be a 500.
     */
    private static ParseException refused(List<String> problems) {
        List<Problem> details = problems.stream().<Problem>map(ModelProblem::new).toList();
        String firstFile = problems.get(0).substring(0, Math.max(0, problems.get(0).indexOf(':')));
        return new ParseException("Invalid model, deployment refused:\n - " + String.join("\n - ", problems),
                firstFile, details, List.of());
    }

    private record ModelProblem(String message) implements Problem {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public String getMainElementId() {
            return null;
        }

        @Override
        public List<String> getElementIds() {
            return List.of();
        }
    }

    private static boolean deployedFormExists(String formKey) {
        return Context.getCommandContext().getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey) != null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : e.getMessage();
    }
}
