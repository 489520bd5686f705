package vn.phoihop.instances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.phoihop.attachments.AttachmentInfo;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class InstanceAttachmentsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AttachmentService attachments;

    String instanceId;

    @BeforeEach
    void startInstance() {
        instanceId = SmokeInstances.start(runtimeService);
    }

    @ParameterizedTest
    @CsvSource({
            "Tờ trình.pdf, pdf, application/pdf",
            "anh-hop.png, png, image/png",
            "anh-hop.JPG, jpg, image/jpeg",
            "bao-cao.docx, docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "so-lieu.xlsx, xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    void acceptedTypesAreStoredAndListed(String name, String kind, String contentType) throws Exception {
        upload(name, bytes(kind)).andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(0));

        assertThat(attachments.list(instanceId)).singleElement().satisfies(info -> {
            assertThat(info.fileName()).isEqualTo(name);
            assertThat(info.contentType()).isEqualTo(contentType);
            assertThat(info.uploadedBy()).isEqualTo("px05");
            assertThat(info.sizeBytes()).isEqualTo(bytes(kind).length);
        });
        Document page = SmokeInstances.page(mvc, instanceId, "px05", "px05");
        assertThat(page.select("#attachments .attachment-link").eachText()).containsExactly(name);
        assertThat(page.select("#attachments").text()).contains("Trần Minh Khang");
    }

    @Test
    void uploadForATaskKeepsTheTaskId() throws Exception {
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        mvc.perform(multipart("/instances/{id}/attachments", instanceId)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestFiles.pdf()))
                        .param("taskId", taskId).with(as("px05", "px05")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(attachments.list(instanceId)).extracting(AttachmentInfo::taskId).containsExactly(taskId);
    }

    @Test
    void nameAndContentMustAgree() throws Exception {
        upload("scan.pdf", TestFiles.png()).andExpect(flash().attribute("attachmentError", "attachment.error.type"));
        upload("setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}).andExpect(flash().attribute("attachmentError", "attachment.error.type"));
        upload("random.pdf", new byte[] {12, 34, 56, 78, 90}).andExpect(flash().attribute("attachmentError", "attachment.error.type"));
        upload("bao-cao.xlsx", TestFiles.docx()).andExpect(flash().attribute("attachmentError", "attachment.error.type"));
        assertThat(attachments.list(instanceId)).isEmpty();
    }

    @Test
    void emptyFileIsRefusedWithAMessageNextToTheField() throws Exception {
        var result = upload("empty.pdf", new byte[0])
                .andExpect(flash().attribute("attachmentError", "attachment.error.empty")).andReturn();
        assertThat(attachments.list(instanceId)).isEmpty();

        Document page = SmokeInstances.pageAfter(result, mvc, instanceId, "px05", "px05");
        assertThat(page.selectFirst("#attachment-error").text()).isEqualTo("Vui lòng chọn một tệp có nội dung.");
        assertThat(page.selectFirst("#attachment-file").hasClass("is-invalid")).isTrue();
    }

    @Test
    void pathInTheNameIsDropped() throws Exception {
        upload("../../etc/passwd.pdf", TestFiles.pdf()).andExpect(flash().attributeCount(0));
        assertThat(attachments.list(instanceId)).extracting(AttachmentInfo::fileName).containsExactly("passwd.pdf");
    }

    @Test
    void downloadReturnsTheSameBytesAsAnAttachmentNeverSniffed() throws Exception {
        upload("Báo cáo quý.pdf", TestFiles.pdf());
        String id = attachments.list(instanceId).get(0).id();

        MockHttpServletResponse response = mvc.perform(get("/attachments/{id}", id).with(as("px05", "px05")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(TestFiles.pdf());
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20qu%C3%BD.pdf");
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
    }

    @Test
    void otherUsersGetNotFoundForTheFileThePageAndTheUpload() throws Exception {
        upload("a.pdf", TestFiles.pdf());
        String id = attachments.list(instanceId).get(0).id();

        mvc.perform(get("/attachments/{id}", id).with(as("ldld", "member-ldld"))).andExpect(status().isNotFound());
        mvc.perform(get("/instances/{id}", instanceId).with(as("ldld", "member-ldld"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/instances/{id}/attachments", instanceId)
                        .file(new MockMultipartFile("file", "b.pdf", "application/pdf", TestFiles.pdf()))
                        .with(as("ldld", "member-ldld")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/attachments/{id}", "no-such-file").with(as("px05", "px05"))).andExpect(status().isNotFound());
        // an administrator sees every instance
        mvc.perform(get("/attachments/{id}", id).with(as("admin", "camunda-admin"))).andExpect(status().isOk());
        assertThat(attachments.list(instanceId)).hasSize(1);
    }

    @Test
    void uploadWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(multipart("/instances/{id}/attachments", instanceId)
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", TestFiles.pdf()))
                        .with(as("px05", "px05")))
                .andExpect(status().isForbidden());
        assertThat(attachments.list(instanceId)).isEmpty();
    }

    private ResultActions upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/instances/{id}/attachments", instanceId)
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .with(as("px05", "px05")).with(csrf()));
    }

    private static byte[] bytes(String kind) {
        return switch (kind) {
            case "pdf" -> TestFiles.pdf();
            case "png" -> TestFiles.png();
            case "jpg" -> TestFiles.jpg();
            case "docx" -> TestFiles.docx();
            case "xlsx" -> TestFiles.xlsx();
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
