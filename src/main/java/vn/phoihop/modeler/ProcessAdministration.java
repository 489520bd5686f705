package vn.phoihop.modeler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.portal.ProvinceClock;

/**
 * What the administrators see and do on {@code /admin/processes}: every process and decision definition
 * with its versions, the running instances and open incidents of each version and the files of its
 * deployment; a deployment of uploaded BPMN, DMN and form files, validated by the same rules as every
 * other door ({@link ModelReferenceValidator}) so that nothing of a faulty upload is deployed; suspension
 * and activation; the open incidents and a retry of a failed job. Each action goes in the audit, refused
 * ones too.
 */
@Service
public class ProcessAdministration {

    static final List<String> DEPLOYABLE = List.of(".bpmn", ".dmn", ".form");

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final ProcessAdminEventRepository events;
    private final TransactionTemplate dryRun;

    ProcessAdministration(RepositoryService repository, RuntimeService runtime, ManagementService management,
                          ProcessAdminEventRepository events, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.events = events;
        this.dryRun = new TransactionTemplate(transactions);
    }

    /** One version of a process: its counts and its deployment's files. */
    public record Version(ProcessDefinition definition, long running, long incidents, List<String> files) {
    }

    /** A process with its versions, newest first. */
    public record Process(String key, String name, List<Version> versions) {
    }

    @Transactional(readOnly = true)
    public List<Process> processes() {
        Map<String, List<Version>> byKey = new TreeMap<>();
        Map<String, List<String>> files = new TreeMap<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().desc().list()) {
            List<String> resources = files.computeIfAbsent(definition.getDeploymentId(),
                    id -> repository.getDeploymentResources(id).stream().map(Resource::getName).sorted().toList());
            byKey.computeIfAbsent(definition.getKey(), key -> new ArrayList<>()).add(new Version(definition,
                    runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count(),
                    runtime.createIncidentQuery().processDefinitionId(definition.getId()).count(), resources));
        }
        List<Process> processes = new ArrayList<>();
        byKey.forEach((key, versions) -> processes.add(new Process(key, versions.get(0).definition().getName(), versions)));
        return processes;
    }

    /** A deployed BPMN, DMN or form file as the editor opens it, if the deployment has it. */
    @Transactional(readOnly = true)
    public Optional<EditableModel> open(String deploymentId, String resourceName) {
        if (!isEditable(deploymentId, resourceName)) {
            return Optional.empty();
        }
        try (InputStream content = repository.getResourceAsStream(deploymentId, resourceName)) {
            return Optional.of(new EditableModel(deploymentId, resourceName, new String(content.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A BPMN, DMN or form file of that deployment: by its name, without reading any file's content. */
    @Transactional(readOnly = true)
    public boolean isEditable(String deploymentId, String resourceName) {
        return DEPLOYABLE.stream().anyMatch(resourceName::endsWith)
                && repository.getDeploymentResourceNames(deploymentId).contains(resourceName);
    }

    @Transactional(readOnly = true)
    public List<DecisionDefinition> decisions() {
        return repository.createDecisionDefinitionQuery().orderByDecisionDefinitionKey().asc().orderByDecisionDefinitionVersion().desc().list();
    }

    /** The open incidents, newest first: a failed job's incident carries the job's id, which a retry gives new attempts. */
    @Transactional(readOnly = true)
    public List<Incident> incidents() {
        return runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list();
    }

    /** A failed job is tried again (one more attempt); the engine resolves its incident. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void retry(String jobId, String actor) {
        if (management.createJobQuery().jobId(jobId).count() == 0) {
            throw new DeploymentRefusedException(List.of("no job " + jobId));
        }
        management.setJobRetries(jobId, 1);
        record(actor, AdminAction.RETRY, "job " + jobId, "one more attempt");
    }

    @Transactional(readOnly = true)
    public List<ProcessAdminEvent> audit() {
        return events.findTop50ByOrderByAtDesc();
    }

    /**
     * Deploys the files together as one deployment, or nothing: the engine's parser and our validator
     * refuse the whole deployment on any problem, which comes back per file and element.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Deployment deploy(Map<String, byte[]> files, String actor) {
        return deploy(files, actor, "admin-upload");
    }

    /** A file edited in the browser's editor, deployed alone: its process, decision or form gets version n+1. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Deployment deployEdited(String resourceName, byte[] content, String actor) {
        return deploy(Map.of(resourceName, content), actor, "admin-editor");
    }

    /**
     * The problems a deployment of these files would be refused for, found by deploying them in a transaction
     * that is then rolled back: the very rules of a real deployment (the engine's parser and every pre-deployer),
     * not a second copy of them. Nothing is kept or audited; what the engine's cache keeps of it is under ids
     * that never committed, which no query returns.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<String> validate(Map<String, byte[]> files) {
        List<String> problems = new ArrayList<>();
        dryRun.executeWithoutResult(status -> {
            status.setRollbackOnly();
            attempt(files, "admin-validation", problems);
        });
        return problems;
    }

    private Deployment deploy(Map<String, byte[]> files, String actor, String origin) {
        String target = String.join(", ", files.keySet());
        List<String> problems = new ArrayList<>();
        Deployment deployment = attempt(files, origin, problems);
        if (deployment != null) {
            record(actor, AdminAction.DEPLOY, target, "deployment " + deployment.getId());
            return deployment;
        }
        record(actor, AdminAction.DEPLOY_REFUSED, target, String.join("\n", problems));
        throw new DeploymentRefusedException(problems);
    }

    /** The deployment, or null with the reasons it was refused added to {@code problems}. */
    private Deployment attempt(Map<String, byte[]> files, String origin, List<String> problems) {
        files.keySet().stream().filter(name -> DEPLOYABLE.stream().noneMatch(name::endsWith))
                .forEach(name -> problems.add(name + ": not a BPMN (.bpmn), DMN (.dmn) or form (.form) file"));
        if (files.isEmpty()) {
            problems.add("no file was uploaded");
        }
        if (problems.isEmpty()) {
            DeploymentBuilder builder = repository.createDeployment().name(origin).source("portal");
            files.forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
            try {
                return builder.deploy();
            } catch (ParseException refused) {
                // (sic) Camunda spells it getResorceReports
                refused.getResorceReports().forEach(report -> report.getErrors().forEach(problem -> problems.add(
                        problem.getMessage().startsWith(report.getResourceName()) ? problem.getMessage()
                                : report.getResourceName() + ": " + (problem.getMainElementId() == null ? ""
                                : "element '" + problem.getMainElementId() + "': ") + problem.getMessage()
                                + (problem.getLine() > 0 ? " (line " + problem.getLine() + ")" : ""))));
                if (problems.isEmpty()) {
                    problems.add(refused.getMessage());
                }
            } catch (ProcessEngineException refused) {
                problems.add(refused.getMessage());
            }
        }
        return null;
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void suspend(String definitionId, String actor) {
        ProcessDefinition definition = definition(definitionId);
        repository.suspendProcessDefinitionById(definition.getId(), true, null);
        record(actor, AdminAction.SUSPEND, definition.getKey() + " v" + definition.getVersion(), "suspended with its instances");
    }

    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void activate(String definitionId, String actor) {
        ProcessDefinition definition = definition(definitionId);
        repository.activateProcessDefinitionById(definition.getId(), true, null);
        record(actor, AdminAction.ACTIVATE, definition.getKey() + " v" + definition.getVersion(), "activated with its instances");
    }

    private ProcessDefinition definition(String definitionId) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(definitionId).singleResult();
        if (definition == null) {
            throw new DeploymentRefusedException(List.of("no process definition " + definitionId));
        }
        return definition;
    }

    /** A deployment made through another door (/engine-rest), recorded in the same audit. */
    void recordDeployment(String actor, String target, String result) {
        record(actor, AdminAction.DEPLOY, target, result);
    }

    void recordRefusedDeployment(String actor, String target, String result) {
        record(actor, AdminAction.DEPLOY_REFUSED, target, result);
    }

    private void record(String actor, AdminAction action, String target, String result) {
        events.save(new ProcessAdminEvent(ProvinceClock.now(), actor, action, target, result));
    }
}
