package vn.phoihop.modeler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

/**
 * Refuses a deployment whose BPMN cannot work: XML that does not parse, a {@code camunda:formRef}
 * naming no form (in this deployment or deployed before), a {@code delegateExpression} naming no
 * Spring bean, an {@code expression} calling a bean or method that does not exist. Camunda would accept the last two and fail only when a user reaches the step; here
 * start-up (or the administrator's redeploy) fails at once, naming the file and the element.
 */
class ModelReferenceValidator implements Deployer {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    private final BeanExpressions beans;
    private final ObjectMapper json = new ObjectMapper();

    ModelReferenceValidator(BeanExpressions beans) {
        this.beans = beans;
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
