package vn.phoihop.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class InstanceHistoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    InstanceHistory history;
    @Autowired
    ProcessEngine processEngine;

    @Test
    void timelineTellsWhoDidWhatOldestFirst() throws Exception {
        String instanceId = SmokeInstances.startAs(processEngine, "px05", "px05");
        Thread.sleep(5);
        mvc.perform(post("/instances/{id}/comments", instanceId).param("message", "Đề nghị bổ sung hồ sơ")
                .with(as("px05", "px05")).with(csrf()));
        Thread.sleep(5);
        mvc.perform(multipart("/instances/{id}/attachments", instanceId)
                .file(new MockMultipartFile("file", "bien-ban.pdf", "application/pdf", TestFiles.pdf()))
                .with(as("px05", "px05")).with(csrf()));
        SmokeInstances.claimAndComplete(identityService, taskService, instanceId, "px05", "px05");

        assertThat(history.timeline(instanceId))
                .extracting(TimelineEntry::messageCode, TimelineEntry::actorName, TimelineEntry::detail)
                .containsExactly(
                        tuple("history.started", "Trần Minh Khang", "Quy trình kiểm thử"),
                        tuple("history.taskCreated", "", "Xem xét yêu cầu"),
                        tuple("history.commentAdded", "Trần Minh Khang", "Đề nghị bổ sung hồ sơ"),
                        tuple("history.attachmentAdded", "Trần Minh Khang", "bien-ban.pdf"),
                        tuple("history.taskClaimed", "Trần Minh Khang", "Xem xét yêu cầu"),
                        tuple("history.taskCompleted", "Trần Minh Khang", "Xem xét yêu cầu"),
                        tuple("history.ended", "", "Quy trình kiểm thử"));

        // the starter still sees the ended instance and its history in Vietnamese
        Document page = SmokeInstances.page(mvc, instanceId, "px05", "px05");
        assertThat(page.select("#history .timeline-entry").eachAttr("data-event")).containsExactly(
                "history.started", "history.taskCreated", "history.commentAdded", "history.attachmentAdded",
                "history.taskClaimed", "history.taskCompleted", "history.ended");
        assertThat(page.select("#history .timeline-entry").get(5).text())
                .contains("Hoàn thành công việc").contains("bởi Trần Minh Khang").contains("Xem xét yêu cầu")
                .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void formerCandidatesKeepSeeingTheInstanceButOutsidersDoNot() throws Exception {
        String instanceId = SmokeInstances.start(runtimeService);
        SmokeInstances.claimAndComplete(identityService, taskService, instanceId, "px05", "px05");

        assertThat(SmokeInstances.page(mvc, instanceId, "px05", "px05").select("#history .timeline-entry")).hasSize(5);
        // a colleague of the same group who never touched it: the group was a candidate
        assertThat(SmokeInstances.page(mvc, instanceId, "khac", "px05").select("#history")).hasSize(1);
        mvc.perform(get("/instances/{id}", instanceId).with(as("ldld", "member-ldld"))).andExpect(status().isNotFound());
    }
}
