package vn.phoihop.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class InstanceCommentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    String instanceId;

    @BeforeEach
    void startInstance() {
        instanceId = SmokeInstances.start(runtimeService);
    }

    @Test
    void commentsAreAddedAndListedNewestFirstWithAuthorAndVietnamTime() throws Exception {
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        mvc.perform(post("/instances/{id}/comments", instanceId).param("message", "Ý kiến thứ nhất")
                        .param("taskId", taskId).with(as("px05", "px05")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/instances/" + instanceId + "#comments"));
        Thread.sleep(10);
        mvc.perform(post("/instances/{id}/comments", instanceId).param("message", "Ý kiến <b>thứ hai</b>")
                        .header("Referer", "http://localhost/tasks/" + taskId)
                        .with(as("px05", "px05")).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + taskId + "#comments"));

        Document page = SmokeInstances.page(mvc, instanceId, "px05", "px05");
        assertThat(page.select("#comments .comment-text").eachText()).containsExactly("Ý kiến <b>thứ hai</b>", "Ý kiến thứ nhất");
        assertThat(page.select("#comments .comment-author").eachText()).containsOnly("Trần Minh Khang");
        Element time = page.selectFirst("#comments .comment-time");
        LocalDateTime shown = LocalDateTime.parse(time.text(), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        LocalDateTime nowInVietnam = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(Duration.between(shown, nowInVietnam).abs()).isLessThan(Duration.ofMinutes(2));
        assertThat(taskService.getTaskComments(taskId)).extracting(c -> c.getFullMessage()).containsExactly("Ý kiến thứ nhất");
    }

    @Test
    void blankCommentIsRefusedAndTheTextKept() throws Exception {
        mvc.perform(post("/instances/{id}/comments", instanceId).param("message", "   ")
                        .with(as("px05", "px05")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("commentError", "comment.error.blank"))
                .andExpect(flash().attribute("commentText", "   "));
        assertThat(taskService.getProcessInstanceComments(instanceId)).isEmpty();
    }

    @Test
    void tooLongCommentIsRefusedWithMessageAndTheTextKeptInTheBox() throws Exception {
        String text = "Dài quá ".repeat(250) + "!"; // 2001 characters
        assertThat(text).hasSize(2001);
        var result = mvc.perform(post("/instances/{id}/comments", instanceId).param("message", text)
                        .with(as("px05", "px05")).with(csrf()))
                .andExpect(flash().attribute("commentError", "comment.error.tooLong"))
                .andExpect(flash().attribute("commentText", text))
                .andReturn();
        assertThat(taskService.getProcessInstanceComments(instanceId)).isEmpty();

        // the page the user is sent back to shows the message and what they typed
        Document page = SmokeInstances.pageAfter(result, mvc, instanceId, "px05", "px05");
        assertThat(page.selectFirst("#comment-error").text()).isEqualTo("Ý kiến dài quá 2000 ký tự, vui lòng rút gọn.");
        assertThat(page.selectFirst("#comment-message").val()).isEqualTo(text);
        assertThat(page.selectFirst("#comment-message").hasClass("is-invalid")).isTrue();
    }

    @Test
    void exactly2000CharactersAreAccepted() throws Exception {
        mvc.perform(post("/instances/{id}/comments", instanceId).param("message", "x".repeat(2000))
                        .with(as("px05", "px05")).with(csrf()))
                .andExpect(flash().attributeCount(0));
        assertThat(taskService.getProcessInstanceComments(instanceId)).hasSize(1);
    }

    @Test
    void commentOnAnInstanceTheUserMayNotSeeIsNotFound() throws Exception {
        mvc.perform(post("/instances/{id}/comments", instanceId).param("message", "Xin chào")
                        .with(as("ldld", "member-ldld")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/instances/{id}/comments", "no-such-instance").param("message", "Xin chào")
                        .with(as("px05", "px05")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(taskService.getProcessInstanceComments(instanceId)).isEmpty();
    }

    @Test
    void commentWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/instances/{id}/comments", instanceId).param("message", "Xin chào").with(as("px05", "px05")))
                .andExpect(status().isForbidden());
        assertThat(taskService.getProcessInstanceComments(instanceId)).isEmpty();
    }
}
