package vn.phoihop.commendations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.phoihop.testsupport.TaskSteps;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DataAccessException;

/**
 * Commendation proposals made the way people make them, for tests that need records to look at:
 * each step runs through the engine as the user who would take it, so the listeners fill the
 * tables and history records who did what (the decision's signer comes from there).
 *
 * <pre>
 * Proposals proposals = new Proposals(processEngine);
 * String id = proposals.propose("ldld", "member-ldld", "ldld", "Đề nghị ...", "giay-khen-giam-doc-cat",
 *         Proposals.individual("Nguyễn Văn A", "Tổ trưởng", "Tổ dân cư số 3", "Vận động ..."));
 * proposals.appraise(id, "Đúng đối tượng", 1);
 * proposals.approve(id, Proposals.POLICE_APPROVAL, "bgdca", "police-leaders", 1);
 * proposals.issueDecision(id);
 * </pre>
 */
public class Proposals {

    public static final String APPRAISAL = "Task_AppraiseProposal";
    public static final String POLICE_APPROVAL = "Task_PoliceLeadersApprove";
    public static final String FRONT_APPROVAL = "Task_FrontLeadersApprove";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final ManagementService managementService;
    private final HistoryService historyService;

    public Proposals(ProcessEngine engine) {
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.identityService = engine.getIdentityService();
        this.managementService = engine.getManagementService();
        this.historyService = engine.getHistoryService();
    }

    public static Map<String, Object> individual(String name, String jobTitle, String organization, String achievement) {
        Map<String, Object> nominee = collective(name, organization, achievement);
        nominee.put("kind", Nominee.INDIVIDUAL);
        nominee.put("jobTitle", jobTitle);
        return nominee;
    }

    public static Map<String, Object> collective(String name, String organization, String achievement) {
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", Nominee.COLLECTIVE);
        nominee.put("name", name);
        nominee.put("organizationName", organization);
        nominee.put("achievement", achievement);
        return nominee;
    }

    /** Starts a proposal as {@code userId} of {@code groupId} for organisation {@code organization}; returns its id. */
    @SafeVarargs
    public final String propose(String userId, String groupId, String organization, String title, String awardForm,
                                Map<String, Object>... nominees) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CommendationProcessVariables.RECORD_TITLE, title);
        variables.put(CommendationProcessVariables.PROPOSING_ORGANIZATION, organization);
        variables.put(CommendationProcessVariables.SOURCE, ProposalSource.DIRECT.code());
        variables.put(CommendationProcessVariables.AWARD_FORM, awardForm);
        variables.put(CommendationProcessVariables.NOMINEES, new ArrayList<>(Arrays.asList(nominees)));
        String instanceId = as(userId, groupId, () ->
                runtimeService.startProcessInstanceByKey(CommendationProcessVariables.PROCESS_ID, variables).getId());
        return (String) runtimeService.getVariable(instanceId, CommendationProcessVariables.PROPOSAL_ID);
    }

    /** PX05 passes the nominees at the given positions. */
    public void appraise(String proposalId, String comment, int... passed) {
        complete(proposalId, APPRAISAL, "px05", "px05", Map.of(
                CommendationProcessVariables.APPRAISAL_OUTCOME, CommendationProcessVariables.OUTCOME_PASS,
                CommendationProcessVariables.APPRAISED_NOMINEES, positions(passed),
                CommendationProcessVariables.APPRAISAL_COMMENT, comment));
    }

    /** PX05 returns the proposal to its proposer for more information. */
    public void returnForRevision(String proposalId) {
        complete(proposalId, APPRAISAL, "px05", "px05", Map.of(
                CommendationProcessVariables.APPRAISAL_OUTCOME, CommendationProcessVariables.OUTCOME_RETURN,
                CommendationProcessVariables.APPRAISAL_COMMENT, "Bổ sung báo cáo thành tích"));
    }

    /** A leader claims and completes one side's approval, approving the nominees at the given positions. */
    public void approve(String proposalId, String taskKey, String userId, String groupId, int... approved) {
        complete(proposalId, taskKey, userId, groupId, Map.of(
                CommendationProcessVariables.APPROVED_NOMINEES, positions(approved),
                CommendationProcessVariables.APPROVAL_COMMENT, "Đồng ý",
                CommendationProcessVariables.REFUSAL_REASON, "Chưa đủ tiêu chuẩn",
                CommendationProcessVariables.CONFIRM_REFUSAL, true));
    }

    /**
     * Runs the async decision step. The application's own job executor may run it at the same
     * moment: run what is still due, and accept that it was taken.
     */
    public void issueDecision(String proposalId) throws InterruptedException {
        issueDecisionOfInstance(instanceOf(proposalId));
    }

    public void issueDecisionOfInstance(String instanceId) throws InterruptedException {
        // A deadline rather than a count of tries: the step now writes the decision's files, which
        // takes seconds on a loaded machine, and a try that meets the job executor's waits for its lock.
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline && historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId).finished().count() == 0) {
            for (var job : managementService.createJobQuery().processInstanceId(instanceId).executable().list()) {
                try {
                    managementService.executeJob(job.getId());
                } catch (ProcessEngineException | DataAccessException takenByTheJobExecutor) {
                    // the job executor got there first: its run holds the issuer's counter while it
                    // writes the decision's files, so this one may also time out waiting for the lock
                }
            }
            Thread.sleep(50);
        }
    }

    public Task openTask(String proposalId, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(instanceOf(proposalId)).taskDefinitionKey(taskKey)
                .singleResult();
    }

    public String instanceOf(String proposalId) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(proposalId)
                .singleResult().getId();
    }

    private void complete(String proposalId, String taskKey, String userId, String groupId, Map<String, Object> variables) {
        Task task = openTask(proposalId, taskKey);
        as(userId, groupId, () -> {
            taskService.claim(task.getId(), userId);
            TaskSteps.complete(taskService, task.getId(), variables);
            return null;
        });
    }

    private <T> T as(String userId, String groupId, java.util.function.Supplier<T> work) {
        identityService.setAuthentication(userId, List.of(groupId));
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static List<String> positions(int... positions) {
        return new ArrayList<>(Arrays.stream(positions).mapToObj(Integer::toString).toList());
    }
}
