package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalBrowser;

/**
 * The proposal form at the sizes it allows, through the real server: Tomcat counts the parts of a
 * multipart request before Spring sees it, and MockMvc does not.
 */
@IntegrationTest
class LargeProposalTest {

    private static final String START = "/processes/CommendationProcess/start";

    @LocalServerPort
    int port;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProposalRepository repository;
    @Autowired
    AttachmentService attachments;

    @Test
    void thirtyNomineesAndFortyReportsStartTheProcess() throws Exception {
        var browser = new PortalBrowser(port).logIn("ldld");
        String title = "Đề nghị khen nhiều đối tượng " + UUID.randomUUID().toString().substring(0, 8);
        var proposal = startFormOf(browser)
                .field("recordTitle", title).field("proposingOrganization", "ldld").field("source", "direct")
                .field("awardForm", "giay-khen-giam-doc-cat");
        for (int i = 0; i < 30; i++) {
            proposal.field("nominees[" + i + "].kind", "individual").field("nominees[" + i + "].name", "Nguyễn Văn " + i)
                    .field("nominees[" + i + "].jobTitle", "Tổ trưởng").field("nominees[" + i + "].organizationName", "Phường 1")
                    .field("nominees[" + i + "].achievement", "Vận động hộ tham gia tự quản");
        }
        proposal.file("proposalLetter", "to-trinh.pdf", "application/pdf", TestFiles.pdf());
        for (int i = 0; i < 40; i++) {
            proposal.file("achievementReport", "bao-cao-" + i + ".pdf", "application/pdf", TestFiles.pdf());
        }
        // a file picker left empty is still a part, as browsers send it
        proposal.file("reviewMinutes", "", "application/octet-stream", new byte[0]);

        HttpResponse<String> response = browser.post(START, proposal);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/instances/"));
        String instanceId = historyService.createHistoricVariableInstanceQuery().variableName(RecordTitle.VARIABLE)
                .variableValueEquals(RecordTitle.VARIABLE, title).singleResult().getProcessInstanceId();
        assertThat(repository.findById(repository.findByProcessInstanceId(instanceId).orElseThrow().id()).orElseThrow().nominees()).hasSize(30);
        assertThat(attachments.list(instanceId)).hasSize(41);
    }

    /** Far beyond what any form of forms/ sends, as fields or as files: the portal's page, not Tomcat's bare 403. */
    @ParameterizedTest
    @ValueSource(strings = {"field", "file"})
    void absurdlyManyPartsGetTheProductsOwnErrorPage(String kind) throws Exception {
        var browser = new PortalBrowser(port).logIn("ldld");
        var flood = startFormOf(browser);
        for (int i = 0; i < 5000; i++) {
            if (kind.equals("field")) {
                flood.field("nominees[0].name", "x");
            } else {
                flood.file("achievementReport", "", "application/octet-stream", new byte[0]);
            }
        }

        HttpResponse<String> response = browser.post(START, flood);

        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.getElementById("error-detail").text())
                .isEqualTo("Biểu mẫu gửi lên có quá nhiều trường hoặc tệp (tối đa 1000). Vui lòng gửi ít tệp hơn trong một lần.");
        assertThat(page.select("html").attr("lang")).isEqualTo("vi");
    }

    /** The hidden fields of the start page, first as the page sends them. */
    private static PortalBrowser.Multipart startFormOf(PortalBrowser browser) throws Exception {
        Document page = Jsoup.parse(browser.get(START).body());
        return new PortalBrowser.Multipart()
                .field("_csrf", page.selectFirst("#start-form input[name=_csrf]").val())
                .field("_token", page.selectFirst("#start-form input[name=_token]").val());
    }
}
