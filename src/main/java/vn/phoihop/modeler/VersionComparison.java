package vn.phoihop.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.springframework.stereotype.Component;

/**
 * Two versions of a process side by side: the flow elements (tasks, events, gateways, flows) added,
 * removed and changed, by id; "changed" names the attributes that differ (name, form, candidate groups,
 * listeners' beans, timers, conditions are all attributes of the element or its children).
 */
@Component
class VersionComparison {

    private final RepositoryService repository;

    VersionComparison(RepositoryService repository) {
        this.repository = repository;
    }

    record Element(String id, String type, String name) {
    }

    record Changed(Element element, List<String> attributes) {
    }

    record Result(ProcessDefinition from, ProcessDefinition to, List<Element> added, List<Element> removed, List<Changed> changed) {
    }

    Result compare(String fromId, String toId) {
        ProcessDefinition from = repository.getProcessDefinition(fromId);
        ProcessDefinition to = repository.getProcessDefinition(toId);
        Map<String, FlowElement> before = elements(fromId);
        Map<String, FlowElement> after = elements(toId);
        List<Element> added = new ArrayList<>();
        List<Element> removed = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        after.forEach((id, element) -> {
            FlowElement old = before.get(id);
            if (old == null) {
                added.add(describe(element));
            } else {
                List<String> differences = differences(old.getDomElement(), element.getDomElement(), "");
                if (!differences.isEmpty()) {
                    changed.add(new Changed(describe(element), differences));
                }
            }
        });
        before.forEach((id, element) -> {
            if (!after.containsKey(id)) {
                removed.add(describe(element));
            }
        });
        return new Result(from, to, added, removed, changed);
    }

    private Map<String, FlowElement> elements(String definitionId) {
        try (InputStream xml = repository.getProcessModel(definitionId)) {
            BpmnModelInstance model = Bpmn.readModelFromStream(xml);
            Map<String, FlowElement> elements = new LinkedHashMap<>();
            model.getModelElementsByType(FlowElement.class).forEach(element -> elements.put(element.getId(), element));
            return elements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element describe(FlowElement element) {
        return new Element(element.getId(), element.getElementType().getTypeName(), element.getName());
    }

    /** The attributes that differ, on the element and its children that are not flow elements themselves (listeners, timers, conditions). */
    private static List<String> differences(DomElement before, DomElement after, String path) {
        List<String> differences = new ArrayList<>();
        String here = path.isEmpty() ? "" : path + "/";
        for (String attribute : ATTRIBUTES) {
            if (!Objects.equals(attribute(before, attribute), attribute(after, attribute))) {
                differences.add(here + attribute);
            }
        }
        List<DomElement> oldChildren = ownChildren(before);
        List<DomElement> newChildren = ownChildren(after);
        if (oldChildren.isEmpty() && newChildren.isEmpty()) {
            if (!Objects.equals(before.getTextContent().strip(), after.getTextContent().strip())) {
                differences.add(here + "text");
            }
            return differences;
        }
        if (oldChildren.size() != newChildren.size()) {
            differences.add(here + "children");
            return differences;
        }
        for (int i = 0; i < oldChildren.size(); i++) {
            String name = newChildren.get(i).getLocalName();
            if (!oldChildren.get(i).getLocalName().equals(name)) {
                differences.add(here + name);
            } else {
                differences.addAll(differences(oldChildren.get(i), newChildren.get(i), here + name));
            }
        }
        return differences;
    }

    /** A subprocess's own elements are compared on their own, by their ids. */
    private static List<DomElement> ownChildren(DomElement element) {
        return element.getChildElements().stream().filter(child -> !(child.getModelElementInstance() instanceof FlowElement)).toList();
    }

    /** The attributes a change of behaviour lives in; the DOM of the model API does not list an element's attributes. */
    static final List<String> ATTRIBUTES = List.of("name", "sourceRef", "targetRef", "attachedToRef", "cancelActivity", "calledElement",
            "isExecutable", "event", "scriptFormat", "camunda:formRef", "camunda:formRefBinding", "camunda:formKey",
            "camunda:candidateGroups", "camunda:candidateUsers", "camunda:candidateStarterGroups", "camunda:assignee",
            "camunda:dueDate", "camunda:delegateExpression", "camunda:expression", "camunda:class", "camunda:asyncBefore",
            "camunda:asyncAfter", "camunda:collection", "camunda:elementVariable", "camunda:calledElementBinding",
            "camunda:historyTimeToLive", "camunda:source", "camunda:sourceExpression", "camunda:target");

    private static String attribute(DomElement element, String qualifiedName) {
        return qualifiedName.startsWith("camunda:")
                ? element.getAttribute(ModelReferenceValidator.CAMUNDA_NS, qualifiedName.substring("camunda:".length()))
                : element.getAttribute(qualifiedName);
    }
}
