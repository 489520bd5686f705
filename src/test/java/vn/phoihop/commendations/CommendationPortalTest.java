package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;

/**
 * The commendation forms of forms/ as people use them in the portal: a member organisation
 * proposes through the start form, PX05 appraises and the police leaders approve on their task
 * pages, and a numbered decision comes out.
 */
@IntegrationTest
class CommendationPortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ProposalRepository repository;
    @Autowired
    AttachmentService attachments;

    @Test
    void proposeAppraiseAndApproveThroughTheTaskPages() throws Exception {
        RequestPostProcessor ldld = as("ldld", "member-ldld");
        Document startForm = page("/processes/CommendationProcess/start", ldld);
        assertThat(startForm.select("#start-form select[name=awardForm] option[value=giay-khen-giam-doc-cat]")).hasSize(1);
        // a member organisation proposes for itself only
        assertThat(startForm.select("#start-form select[name=proposingOrganization] option[value]"))
                .extracting(option -> option.attr("value")).containsOnly("", "ldld");
        assertThat(startForm.select("#start-form input[name='nominees[0].name']")).hasSize(1);
        String token = startForm.select("input[name=_token]").val();
        String title = "Đề nghị khen " + UUID.randomUUID().toString().substring(0, 8);

        // a nominee without a name and no tờ trình: refused, with what was typed
        Document refused = Jsoup.parse(mvc.perform(proposal(token, title, "ldld", "")
                        .with(csrf()).with(ldld))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("input[name='nominees[0].name'].is-invalid")).hasSize(1);
        assertThat(refused.select("textarea[name='nominees[0].achievement']").text()).isEqualTo("Vận động 100% hộ tham gia tự quản");
        assertThat(refused.select("input[name=recordTitle]").val()).isEqualTo(title);
        assertThat(refused.select("input[name=proposalLetter].is-invalid")).hasSize(1);

        // nor on behalf of another organisation
        mvc.perform(proposal(token, title, "lhpn", "Nguyễn Văn A").file(letter()).with(csrf()).with(ldld))
                .andExpect(status().isBadRequest());

        mvc.perform(proposal(token, title, "ldld", "Nguyễn Văn A").file(letter()).with(csrf()).with(ldld))
                .andExpect(flash().attribute("info", "process.started.record"));
        String instanceId = historyService.createHistoricVariableInstanceQuery().variableName(RecordTitle.VARIABLE)
                .variableValueEquals(RecordTitle.VARIABLE, title).singleResult().getProcessInstanceId();
        Proposal proposal = repository.findByProcessInstanceId(instanceId).orElseThrow();
        assertThat(repository.findById(proposal.id()).orElseThrow().nominees()).extracting(Nominee::name).containsExactly("Nguyễn Văn A", "Tổ dân cư số 3");
        assertThat(attachments.list(instanceId)).extracting(a -> a.fieldKey() + ":" + a.fileName())
                .containsExactly("proposalLetter:to-trinh.pdf");

        Task appraisal = openTask(instanceId, "Task_AppraiseProposal");
        Document appraisalPage = page("/tasks/" + appraisal.getId(), as("px05", "px05"));
        assertThat(appraisalPage.select("input[name=appraisalOutcome][value=pass]")).hasSize(1);
        // the dossier says which file is the tờ trình, and names the source as the form did
        assertThat(appraisalPage.select("#attachments .attachment-field").eachText()).contains("Tờ trình đề nghị khen thưởng");
        // the appraisal's time limit shows as its due date
        assertThat(appraisalPage.select("#due-date").text()).containsPattern("\\d{2}/\\d{2}/\\d{4}");
        assertThat(appraisalPage.select("input[name=appraisedNominees]")).extracting(input -> input.attr("value"))
                .containsExactly("1", "2");
        // passing with nobody ticked is refused by the process, and the page keeps the comment
        Document noneTicked = Jsoup.parse(mvc.perform(post("/tasks/{id}/complete", appraisal.getId())
                        .param("appraisalOutcome", "pass").param("appraisalComment", "Đúng đối tượng")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(noneTicked.select("textarea[name=appraisalComment]").text()).isEqualTo("Đúng đối tượng");
        assertThat(openTask(instanceId, "Task_AppraiseProposal")).isNotNull();
        mvc.perform(post("/tasks/{id}/complete", appraisal.getId()).param("appraisalOutcome", "pass")
                        .param("appraisedNominees", "1", "2")
                        .param("appraisalComment", "Đúng đối tượng, đúng thành tích").with(csrf()).with(as("px05", "px05")))
                .andExpect(flash().attribute("info", "task.completed"));

        Task approval = openTask(instanceId, "Task_PoliceLeadersApprove");
        mvc.perform(get("/tasks/{id}", approval.getId()).with(as("px05", "px05"))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/{id}", approval.getId()).with(as("bttmttq", "front-leaders"))).andExpect(status().isNotFound());
        // refusing nominee 1 without a reason or a confirmation is refused, and the page keeps the choice
        Document unexplained = Jsoup.parse(mvc.perform(post("/tasks/{id}/complete", approval.getId())
                        .param("approvedNominees", "2").param("approvalComment", "Đồng ý một đối tượng")
                        .with(csrf()).with(as("bgdca", "police-leaders")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(unexplained.select("input[name=approvedNominees][value=2][checked]")).hasSize(1);
        assertThat(unexplained.select("textarea[name=approvalComment]").text()).isEqualTo("Đồng ý một đối tượng");
        assertThat(unexplained.text()).contains("hãy ghi lý do không phê duyệt");
        mvc.perform(post("/tasks/{id}/complete", approval.getId()).param("approvedNominees", "2")
                        .param("refusalReason", "Chưa đủ 5 năm tham gia phong trào").param("confirmRefusal", "true")
                        .with(csrf()).with(as("bgdca", "police-leaders")))
                .andExpect(flash().attribute("info", "task.completed"));

        new Proposals(processEngine).issueDecisionOfInstance(instanceId);
        Proposal issued = repository.findById(proposal.id()).orElseThrow();
        assertThat(issued.decisionSymbol()).matches("\\d{2,}/QĐ-CAT");
        assertThat(repository.findById(proposal.id()).orElseThrow().nominees()).extracting(Nominee::awarded).containsExactly(false, true);
        // the reason is on the record the proposer reads
        Document record = page("/commendations/" + proposal.id(), as("ldld", "member-ldld"));
        assertThat(record.select(".nominee-row[data-position=1] .refusal-reason").text())
                .isEqualTo("Lý do Công an không phê duyệt: Chưa đủ 5 năm tham gia phong trào");
    }

    @Test
    void aReturnedProposalComesBackFilledInAndIsResubmitted() throws Exception {
        RequestPostProcessor ldld = as("ldld", "member-ldld");
        String token = page("/processes/CommendationProcess/start", ldld).select("input[name=_token]").val();
        String title = "Đề nghị trả lại " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(proposal(token, title, "ldld", "Nguyễn Văn A").file(letter()).with(csrf()).with(ldld))
                .andExpect(flash().attribute("info", "process.started.record"));
        String instanceId = historyService.createHistoricVariableInstanceQuery().variableName(RecordTitle.VARIABLE)
                .variableValueEquals(RecordTitle.VARIABLE, title).singleResult().getProcessInstanceId();
        mvc.perform(post("/tasks/{id}/complete", openTask(instanceId, "Task_AppraiseProposal").getId())
                        .param("appraisalOutcome", "return").param("appraisalComment", "Bổ sung biên bản họp xét")
                        .with(csrf()).with(as("px05", "px05")))
                .andExpect(flash().attribute("info", "task.completed"));

        Task revision = openTask(instanceId, "Task_ReviseProposal");
        Document revisionPage = page("/tasks/" + revision.getId(), ldld);
        assertThat(revisionPage.select("textarea[name=appraisalComment]").text()).isEqualTo("Bổ sung biên bản họp xét");
        assertThat(revisionPage.select("input[name='nominees[1].name']").val()).isEqualTo("Tổ dân cư số 3");
        mvc.perform(post("/tasks/{id}/complete", revision.getId()).param("revisionDecision", "resubmit")
                        .param("recordTitle", title).param("proposingOrganization", "ldld").param("source", "liaison-meeting")
                        .param("awardForm", "giay-khen-mttq-tinh")
                        .param("nominees[0].kind", "collective").param("nominees[0].name", "Chi hội Phụ nữ ấp 2")
                        .param("nominees[0].organizationName", "Xã Tân Bình").param("nominees[0].achievement", "Mô hình camera an ninh")
                        .with(csrf()).with(ldld))
                .andExpect(flash().attribute("info", "task.completed"));

        Proposal resubmitted = repository.findByProcessInstanceId(instanceId).orElseThrow();
        assertThat(resubmitted.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(resubmitted.awardForm()).isEqualTo("giay-khen-mttq-tinh");
        assertThat(resubmitted.source()).isEqualTo("liaison-meeting");
        assertThat(repository.findById(resubmitted.id()).orElseThrow().nominees()).extracting(Nominee::name).containsExactly("Chi hội Phụ nữ ấp 2");
        // the second round's appraisal starts empty and offers the nominees as they stand now
        Document secondAppraisal = page("/tasks/" + openTask(instanceId, "Task_AppraiseProposal").getId(), as("px05", "px05"));
        assertThat(secondAppraisal.select("textarea[name=appraisalComment]").text()).isEmpty();
        assertThat(secondAppraisal.select("input[name=appraisedNominees]")).extracting(input -> input.attr("value"))
                .containsExactly("1");
    }

    /** A proposal with two nominees as the start form posts it; the tờ trình is added by the caller. */
    private MockMultipartHttpServletRequestBuilder proposal(String token, String title, String organization, String firstName) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/processes/CommendationProcess/start").param("_token", token)
                .param("recordTitle", title).param("proposingOrganization", organization).param("source", "direct")
                .param("awardForm", "giay-khen-giam-doc-cat")
                .param("nominees[0].kind", "individual").param("nominees[0].name", firstName)
                .param("nominees[0].jobTitle", "Tổ trưởng tổ dân cư").param("nominees[0].organizationName", "Phường 1")
                .param("nominees[0].achievement", "Vận động 100% hộ tham gia tự quản")
                .param("nominees[1].kind", "collective").param("nominees[1].name", "Tổ dân cư số 3")
                .param("nominees[1].organizationName", "Phường 1").param("nominees[1].achievement", "Không có tội phạm 3 năm liền");
    }

    private static MockMultipartFile letter() {
        return new MockMultipartFile("proposalLetter", "to-trinh.pdf", "application/pdf", TestFiles.pdf());
    }

    private Task openTask(String instanceId, String key) {
        return taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key).singleResult();
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
