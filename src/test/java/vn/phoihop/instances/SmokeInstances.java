package vn.phoihop.instances;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.phoihop.testsupport.PortalUsers.as;

/**
 * Instances of the test process SmokeTestProcess (one user task for candidate group px05), started
 * and worked on as a user would, so that history and access see real users.
 */
final class SmokeInstances {

    private SmokeInstances() {
    }

    /** Started by nobody in particular: px05 sees it only as the task's candidate group. */
    static String start(RuntimeService runtimeService) {
        return runtimeService.startProcessInstanceByKey("SmokeTestProcess").getId();
    }

    /**
     * Started by the given user, who becomes the instance's start user. Nothing in the product
     * grants starting the test process yet, so the test grants it to that user.
     */
    static String startAs(ProcessEngine engine, String userId, String group) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        if (authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.PROCESS_DEFINITION)
                .resourceId("SmokeTestProcess").hasPermission(Permissions.CREATE_INSTANCE).count() == 0) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setUserId(userId);
            grant.setResource(Resources.PROCESS_DEFINITION);
            grant.setResourceId("SmokeTestProcess");
            grant.addPermission(Permissions.CREATE_INSTANCE);
            authorizations.saveAuthorization(grant);
        }
        engine.getIdentityService().setAuthentication(userId, List.of(group));
        try {
            return start(engine.getRuntimeService());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    static void claimAndComplete(IdentityService identityService, TaskService taskService, String instanceId,
                                 String userId, String group) throws InterruptedException {
        identityService.setAuthentication(userId, List.of(group));
        try {
            String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
            Thread.sleep(5); // distinct timestamps make the expected order the only possible one
            taskService.claim(taskId, userId);
            Thread.sleep(5);
            taskService.complete(taskId);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * The page a post redirected to, opened in the same (Spring Session) session as a browser
     * would, so that the post's flash attributes arrive.
     */
    static Document pageAfter(MvcResult post, MockMvc mvc, String instanceId, String userId, String group) throws Exception {
        var session = post.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie of the post").isNotNull();
        return Jsoup.parse(mvc.perform(get("/instances/{id}", instanceId).cookie(session).with(as(userId, group)))
                .andReturn().getResponse().getContentAsString());
    }

    static Document page(MockMvc mvc, String instanceId, String userId, String group) throws Exception {
        return Jsoup.parse(mvc.perform(get("/instances/{id}", instanceId).with(as(userId, group)))
                .andReturn().getResponse().getContentAsString());
    }

}
