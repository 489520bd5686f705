package vn.phoihop.engineapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.time.Instant;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.forms.FormContexts;
import vn.phoihop.processes.ProcessRoles;
import vn.phoihop.forms.FormOptionsResolver;
import vn.phoihop.forms.FormSchema;
import vn.phoihop.forms.FormCatalog;
import vn.phoihop.processes.ProcessStarter;
import vn.phoihop.tasks.TaskCompletion;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.units.TestUnits;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.UnitRegistry;
import vn.phoihop.models.ModelDetails;
import vn.phoihop.models.MovementModel;
import vn.phoihop.models.MovementModelRepository;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationRepository;
import vn.phoihop.zalo.ZaloGroup;
import vn.phoihop.zalo.ZaloGroupDetails;
import vn.phoihop.zalo.ZaloGroupLevel;
import vn.phoihop.zalo.ZaloGroupRepository;

/**
 * Issue #8 §3, for every start event and user task in {@code processes/}, so that a new process is
 * covered without a new test: its step is reached, then its own actor tries every door into the
 * engine with a value the form does not declare (the instance's own routing and identity
 * variables among them). Every try is a 4xx, and neither the instance's variables nor any row of
 * the product's tables changed. Last, the form's own fields pass the same door.
 */
@IntegrationTest
class EngineDoorsTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    record Step(String processKey, String elementId, String formRef, List<String> groups) {
        @Override
        public String toString() {
            return processKey + "/" + elementId;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ManagementService managementService;
    @Autowired
    ProcessStarter starter;
    @Autowired
    TaskCompletion completion;
    @Autowired
    FormCatalog formCatalog;
    @Autowired
    FormOptionsResolver options;
    @Autowired
    FormContexts formContexts;
    @Autowired
    ProcessRoles processRoles;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UnitRegistry units;
    @Autowired
    OrganizationRepository organizationRepository;
    @Autowired
    MovementModelRepository models;
    @Autowired
    ZaloGroupRepository zaloGroups;

    static Stream<Step> startEvents() {
        return models().flatMap(process -> process.getChildElementsByType(StartEvent.class).stream()
                .filter(start -> start.getCamundaFormRef() != null)
                .map(start -> new Step(process.getId(), start.getId(), start.getCamundaFormRef(),
                        split(process.getCamundaCandidateStarterGroups()))));
    }

    static Stream<Step> userTasks() {
        return models().flatMap(process -> process.getModelInstance().getModelElementsByType(UserTask.class).stream()
                .map(task -> new Step(process.getId(), task.getId(), task.getCamundaFormRef(),
                        split(task.getCamundaCandidateGroups()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("startEvents")
    void aStartFormTakesOnlyItsOwnFieldsThroughEveryDoor(Step step) throws Exception {
        String starter = demoUserIn(step.groups());
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(step.processKey())
                .latestVersion().singleResult();
        givenFreshRecordsFor(step.processKey(), starter);
        Map<String, Object> valid = sample(startForm(definition), null, Map.of(), starter);
        Map<String, Object> forged = new LinkedHashMap<>(valid);
        forged.put("proposer", Map.of("value", "lhpn"));
        forged.put("initiator", Map.of("value", "lhpn"));
        EngineApiClient rest = EngineApiClient.rest(port, starter);
        EngineApiClient webapp = EngineApiClient.webapp(port, starter);
        String key = "/process-definition/key/" + step.processKey();
        quiesce();
        Map<String, String> before = records();

        for (HttpResponse<String> refused : List.of(
                rest.post("/engine-rest" + key + "/start", FormSamples.json(forged)),
                rest.post("/engine-rest" + key + "/submit-form", FormSamples.json(forged)),
                rest.post("/engine-rest/process-definition/" + definition.getId() + "/start", FormSamples.json(forged)),
                rest.post("/engine-rest/engine/default" + key + "/start", FormSamples.json(forged)),
                rest.post("/engine-rest" + key + "/tenant-id/x/start", FormSamples.json(forged)),
                webapp.post(EngineApiClient.WEBAPP_API + key + "/submit-form", FormSamples.json(forged)))) {
            assertThat(refused.statusCode()).as(refused.uri() + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("proposer", "initiator");
        }
        HttpResponse<String> ownKey = rest.post("/engine-rest" + key + "/start",
                "{\"businessKey\":\"KT-2026-9999\"," + FormSamples.json(valid).substring(1));
        assertThat(ownKey.statusCode()).isEqualTo(400);
        assertThat(ownKey.body()).contains("businessKey");
        assertThat(webapp.postWithoutXsrf(EngineApiClient.WEBAPP_API + key + "/submit-form", FormSamples.json(valid))
                .statusCode()).isEqualTo(403);
        assertThat(records()).isEqualTo(before);

        HttpResponse<String> started = rest.post("/engine-rest" + key + "/start", FormSamples.json(valid));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(records()).isNotEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("userTasks")
    void aUserTaskTakesOnlyItsOwnFieldsThroughEveryDoor(Step step) throws Exception {
        Task task = reach(step);
        String actor = actorOf(task);
        String instance = task.getProcessInstanceId();
        FormSchema form = step.formRef() == null ? null : taskForm(task);
        Map<String, Object> variables = runtimeService.getVariables(instance);
        Map<String, Object> valid = form == null ? Map.of() : sample(form, instance, variables, actor);
        // Every variable of the instance that the form does not declare: who proposed, which record, routing flags.
        Map<String, Object> forged = new LinkedHashMap<>(valid);
        variables.keySet().stream().filter(name -> form == null || form.fields().stream().noneMatch(f -> f.key().equals(name)))
                .forEach(name -> forged.put(name, Map.of("value", "lhpn")));
        forged.put("proposer", Map.of("value", "lhpn"));
        EngineApiClient rest = EngineApiClient.rest(port, actor);
        EngineApiClient webapp = EngineApiClient.webapp(port, actor);
        String taskPath = "/engine-rest/task/" + task.getId();
        String one = "{\"value\":\"lhpn\",\"type\":\"String\"}";
        String modifications = "{\"modifications\":{\"proposer\":" + one + "}}";
        quiesce();
        Map<String, String> before = records();
        Map<String, String> variablesBefore = asText(variables);

        List<HttpResponse<String>> tries = new ArrayList<>(List.of(
                rest.post(taskPath + "/complete", FormSamples.json(forged)),
                rest.post(taskPath + "/submit-form", FormSamples.json(forged)),
                rest.post(taskPath + "/resolve", FormSamples.json(forged)),
                rest.post("/engine-rest/engine/default/task/" + task.getId() + "/complete", FormSamples.json(forged)),
                rest.post("/engine-rest/task;x=1/" + task.getId() + "/complete/", FormSamples.json(forged)),
                rest.put(taskPath + "/variables/proposer", one),
                rest.post(taskPath + "/variables", modifications),
                rest.put(taskPath + "/localVariables/proposer", one),
                rest.post(taskPath + "/localVariables", modifications),
                rest.delete(taskPath + "/variables/proposer"),
                rest.post("/engine-rest/process-instance/" + instance + "/variables", modifications),
                rest.put("/engine-rest/process-instance/" + instance + "/variables/proposer", one),
                rest.put("/engine-rest/execution/" + instance + "/localVariables/proposer", one),
                rest.post("/engine-rest/message", "{\"messageName\":\"x\",\"processInstanceId\":\"" + instance
                        + "\",\"processVariables\":{\"proposer\":" + one + "}}"),
                rest.post("/engine-rest/signal", "{\"name\":\"x\"}"),
                rest.post("/engine-rest/process-instance/" + instance + "/modification",
                        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"" + step.elementId() + "\"}]}"),
                webapp.post(EngineApiClient.WEBAPP_API + "/task/" + task.getId() + "/submit-form", FormSamples.json(forged)),
                webapp.put(EngineApiClient.WEBAPP_API + "/task/" + task.getId() + "/variables/proposer", one),
                webapp.postWithoutXsrf(EngineApiClient.WEBAPP_API + "/task/" + task.getId() + "/submit-form",
                        FormSamples.json(valid))));
        for (HttpResponse<String> refused : tries) {
            assertThat(refused.statusCode()).as(refused.request().method() + " " + refused.uri() + ": " + refused.body())
                    .isBetween(400, 499);
        }
        assertThat(tries.get(0).body()).contains("proposer");
        forged.keySet().stream().filter(name -> !valid.containsKey(name))
                .forEach(name -> assertThat(tries.get(0).body()).contains(name));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
        assertThat(asText(runtimeService.getVariables(instance))).isEqualTo(variablesBefore);
        assertThat(records()).isEqualTo(before);

        // The form's own fields pass; a form whose options this jump could not fill is refused field by field.
        HttpResponse<String> own = rest.post(taskPath + "/complete", FormSamples.json(valid));
        assertThat(own.statusCode()).as(own.body()).isIn(204, 400);
        if (own.statusCode() == 400) {
            assertThat(own.body()).contains("fieldErrors");
        }
    }

    /**
     * A fresh instance started through its start form, walked as its people and its clock would:
     * the steps before completed with their forms' first choices until the step's own choices can
     * be made (the approvals offer the nominees the appraisal passed), then moved to the step as an
     * administrator would in Cockpit. A step that a timer opens (a monthly round, an escalation) or
     * that lives inside a round (an event subprocess, whose variables its start sets) is walked to,
     * running the instance's timers in order as their time would come.
     */
    private Task reach(Step step) {
        String instance = startInstance(step.processKey());
        FormSchema target = step.formRef() == null ? null : formCatalog.find(step.formRef()).orElseThrow();
        String targetActor = demoUserIn(step.groups().isEmpty() ? starterGroups(step.processKey()) : step.groups());
        // a step a reminder or an escalation opens needs its round's variables; one after a plain wait (the year's end) does not
        boolean walkOnly = ledByBoundaryTimer(step) || insideEventSubprocess(step);
        // a meeting's step comes after a dozen timers of its members' updates
        for (int steps = 0; steps < 30; steps++) {
            settle(instance);
            Task task = openTask(instance, step.elementId());
            if (task != null) {
                return task;
            }
            if (!walkOnly && (target == null || fillable(target, instance, targetActor)) && jumped(instance, step.elementId())) {
                continue;
            }
            // the timer that opens the step when it is there; the other steps as their people would, and
            // the instance's other timers in order only while no person has anything to do
            List<Job> leading = leadingTimers(step).stream().flatMap(event -> managementService.createJobQuery()
                    .processInstanceId(instance).timers().activityId(event).list().stream()).toList();
            List<Job> timers = managementService.createJobQuery().processInstanceId(instance).timers().orderByJobDuedate().asc().list();
            boolean waiting = taskService.createTaskQuery().processInstanceId(instance).count() == 0;
            if (!leading.isEmpty()) {
                managementService.executeJob(leading.get(0).getId());
            } else if (!timers.isEmpty() && waiting) {
                managementService.executeJob(timers.get(0).getId());
            } else {
                completeNextStep(instance);
            }
        }
        throw new IllegalStateException("Cannot reach " + step);
    }

    private static boolean insideEventSubprocess(Step step) {
        return node(step).getParentElement() instanceof SubProcess parent && parent.triggeredByEvent();
    }

    private static boolean ledByBoundaryTimer(Step step) {
        return node(step).getPreviousNodes().list().stream().anyMatch(previous -> previous instanceof BoundaryEvent boundary
                && !boundary.getChildElementsByType(TimerEventDefinition.class).isEmpty());
    }

    /** The timer events right before the step (a reminder's, an escalation's): their firing opens it. */
    private static List<String> leadingTimers(Step step) {
        return Stream.of(node(step))
                .flatMap(node -> node.getPreviousNodes().list().stream())
                .filter(previous -> previous instanceof Event event
                        && !event.getChildElementsByType(TimerEventDefinition.class).isEmpty())
                .map(FlowNode::getId).toList();
    }

    private boolean fillable(FormSchema form, String instance, String actor) {
        try {
            sample(form, instance, runtimeService.getVariables(instance), actor);
            return true;
        } catch (IllegalStateException noChoicesYet) {
            return false;
        }
    }

    private static FlowNode node(Step step) {
        return models().filter(process -> process.getId().equals(step.processKey()))
                .map(process -> (FlowNode) process.getModelInstance().getModelElementById(step.elementId()))
                .findFirst().orElseThrow();
    }

    /** False when the step needs what the steps before it set (a round's own variables): then it is walked to. */
    private boolean jumped(String instance, String elementId) {
        org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder modification =
                runtimeService.createProcessInstanceModification(instance).startBeforeActivity(elementId);
        for (String active : runtimeService.getActiveActivityIds(instance)) {
            modification = modification.cancelAllForActivity(active);
        }
        try {
            modification.execute();
            return true;
        } catch (org.camunda.bpm.engine.ProcessEngineException needsEarlierSteps) {
            return false;
        }
    }

    private void completeNextStep(String instance) {
        Task next = taskService.createTaskQuery().processInstanceId(instance).initializeFormKeys().list().get(0);
        String actor = actorOf(next);
        try {
            HttpResponse<String> done = EngineApiClient.rest(port, actor).post("/engine-rest/task/" + next.getId()
                    + "/complete", FormSamples.json(sample(taskForm(next), instance, taskService.getVariables(next.getId()), actor)));
            assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Processes without a start form that another process calls, and how a test gets the caller to
     * the call: {@code RecognitionProcess} is started only by a registration's year-end hand-over.
     */
    private static final Map<String, String> CALLED_BY = Map.of("RecognitionProcess", "UnitRegistrationProcess");

    private List<String> starterGroups(String processKey) {
        String starting = CALLED_BY.getOrDefault(processKey, processKey);
        return startEvents().filter(start -> start.processKey().equals(starting)).findFirst().orElseThrow().groups();
    }

    /** A unit's registration, accepted, then its period's end at once: the hand-over calls the recognition. */
    private String startCalled(String processKey) {
        String caller = startInstance(CALLED_BY.get(processKey));
        Task verification = openTask(caller, "Task_VerifyRegistration");
        try {
            HttpResponse<String> accepted = EngineApiClient.rest(port, actorOf(verification)).post("/engine-rest/task/"
                    + verification.getId() + "/complete", "{\"variables\":{\"verificationOutcome\":{\"value\":\"accept\"}}}");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        runtimeService.createProcessInstanceModification(caller).cancelAllForActivity("SubProcess_MonthlySelfChecks")
                .startBeforeActivity("Task_CloseSelfChecks").execute();
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(caller).singleResult().getId();
    }

    private String startInstance(String processKey) {
        if (CALLED_BY.containsKey(processKey)) {
            return startCalled(processKey);
        }
        String starter = demoUserIn(startEvents().filter(start -> start.processKey().equals(processKey))
                .findFirst().orElseThrow().groups());
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        givenFreshRecordsFor(processKey, starter);
        try {
            HttpResponse<String> started = EngineApiClient.rest(port, starter).post(
                    "/engine-rest/process-definition/key/" + processKey + "/start",
                    FormSamples.json(sample(startForm(definition), null, Map.of(), starter)));
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            return started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A start form that registers one of the user's units ({@code referenceData: myUnits}) offers
     * only units not yet registered this year: the user gets a new unit for each start.
     */
    private void givenFreshRecordsFor(String processKey, String starter) {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (startForm(definition).fields().stream().anyMatch(field -> "myUnits".equals(field.referenceData()))) {
            TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, starter);
        }
        // the selection offers an organisation's own active models, the confirmation its own Zalo groups
        Instant now = Instant.now();
        for (Organization organization : organizationRepository.findAll()) {
            if (organization.getGroupId() == null) {
                continue;
            }
            String code = organization.getCode();
            if (processKey.equals("ModelInspectionProcess") && !models.existsById("MH-DOORS-" + code)) {
                models.save(MovementModel.register("MH-DOORS-" + code, new ModelDetails("to-dan-cu-tu-quan",
                        "Mô hình thử cửa " + code, code, null, null, null, null), "test", now));
            }
            if (processKey.equals("PropagandaProcess") && !zaloGroups.existsById("ZL-DOORS-" + code)) {
                zaloGroups.save(ZaloGroup.register("ZL-DOORS-" + code, new ZaloGroupDetails(code, "Nhóm thử cửa " + code,
                        ZaloGroupLevel.PROVINCE, null, null, null, null), "test", now));
            }
        }
    }

    /** The first open task of the step: a multi-instance step (one per organisation) has several. */
    private Task openTask(String instance, String elementId) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(elementId)
                .initializeFormKeys().list().stream().findFirst().orElse(null);
    }

    private String actorOf(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return demoUserIn(taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(Objects::nonNull).toList());
    }

    /** Values for the form as the portal would offer them on a step of {@code instance} (null for a start form). */
    private Map<String, Object> sample(FormSchema form, String instance, Map<String, Object> variables, String user) {
        identityService.setAuthentication(user, engineGroupsOf(user));
        try {
            return FormSamples.variables(form, formContexts.of(form, instance, variables, VIETNAMESE), options);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private FormSchema startForm(ProcessDefinition definition) {
        return starter.startFormOf(definition).orElseThrow();
    }

    private FormSchema taskForm(Task task) {
        return completion.formOfOpenTask(task.getId()).orElseThrow();
    }

    /** Every row of the product's own tables, as text: Camunda's tables, sessions and notifications aside. */
    private Map<String, String> records() {
        Map<String, String> rows = new TreeMap<>();
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where "
                + "lower(table_schema) = 'public' and lower(table_type) in ('base table', 'table')", String.class);
        for (String table : tables) {
            String name = table.toLowerCase(Locale.ROOT);
            if (name.startsWith("act_") || name.startsWith("spring_session") || name.startsWith("notification")
                    || name.endsWith("schema_history")) {
                continue;
            }
            rows.put(name, jdbc.query("select * from " + table, rs -> {
                List<String> all = new ArrayList<>();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(rs.getString(i)).append('|');
                    }
                    all.add(row.toString());
                }
                all.sort(null);
                return String.join("\n", all);
            }));
        }
        return rows;
    }

    /**
     * Lets the job executor finish the instance's asynchronous steps and the timers already due (a
     * reminder of a step due today), so that neither a jump nor a timer run here races with it.
     */
    private void settle(String instance) {
        for (int i = 0; i < 100 && managementService.createJobQuery().processInstanceId(instance).executable().count() > 0; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Lets jobs of earlier tests finish, so that only this test's calls could change a record. */
    private void quiesce() throws InterruptedException {
        for (int i = 0; i < 100 && managementService.createJobQuery().executable().count() > 0; i++) {
            Thread.sleep(100);
        }
    }

    private static Map<String, String> asText(Map<String, Object> variables) {
        Map<String, String> text = new TreeMap<>();
        variables.forEach((name, value) -> text.put(name, String.valueOf(value)));
        return text;
    }

    /** A demo account in one of the groups, or of a role's groups (reference/process-roles.yaml). */
    private String demoUserIn(List<String> groupsOrRoles) {
        Set<String> groups = processRoles.groupsOf(groupsOrRoles);
        return DemoAccountsFile.users().stream()
                .filter(user -> engineGroupsOf(user.get("id").toString()).stream().anyMatch(groups::contains))
                .map(user -> user.get("id").toString())
                .findFirst().or(() -> memberOf(groups)).orElseThrow(() -> new IllegalStateException("No demo user in " + groups));
    }

    /** A group made after start-up (a unit's, by an earlier test or import): one of its members. */
    private java.util.Optional<String> memberOf(Set<String> groups) {
        return groups.stream().flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list().stream())
                .map(org.camunda.bpm.engine.identity.User::getId).findFirst();
    }

    /** A demo account's groups as the engine knows them: with the units a test made for it. */
    private List<String> engineGroupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    }

    private static List<String> split(String groups) {
        return groups == null ? List.of() : Arrays.stream(groups.split(",")).map(String::strip).toList();
    }

    private static Stream<Process> models() {
        File[] files = new File("processes").listFiles((dir, name) -> name.endsWith(".bpmn"));
        return Arrays.stream(Objects.requireNonNull(files)).sorted().map(Bpmn::readModelFromFile)
                .flatMap(model -> model.getModelElementsByType(Process.class).stream());
    }
}
