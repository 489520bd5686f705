package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * An issued decision is a kept file (#10 finding 6): made when the decision is issued, served as
 * made, and unchanged by a later change of the template or of an organisation's name; a decision
 * issued before files were kept is still built when it is downloaded.
 */
@IntegrationTest
class DecisionFilesTest {

    static final RequestPostProcessor LDLD = as("ldld", "member-ldld");
    static final String PROPOSER = "Liên đoàn Lao động tỉnh";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    ProposalRepository proposals;
    @Autowired
    DecisionFileRepository files;
    @Autowired
    DecisionTemplates templates;
    @Autowired
    DecisionDrafts drafts;
    @Autowired
    DecisionDocument docx;
    @Autowired
    DecisionPdf pdfWriter;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFilesMadeAtTheIssueAreServedUnchangedAfterTheTemplateAndTheProposersNameChange() throws Exception {
        String id = issued("Nguyễn Văn Giữ " + UUID.randomUUID().toString().substring(0, 6));
        byte[] word = download(id, "docx");
        byte[] pdf = download(id, "pdf");
        assertThat(word).isEqualTo(files.findById(id + ".docx").orElseThrow().content());
        assertThat(pdf).isEqualTo(files.findById(id + ".pdf").orElseThrow().content());
        assertThat(text(word)).contains("Xét đề nghị của " + PROPOSER + " và", "GIÁM ĐỐC CÔNG AN TỈNH TÂY NINH");

        DecisionTemplate template = templates.of("CAT").orElseThrow();
        String oldName = jdbc.queryForObject("select name_vi from organization where code = 'ldld'", String.class);
        try {
            jdbc.update("update organization set name_vi = ? where code = 'ldld'", "Liên đoàn Lao động (tên mới)");
            templates.use(new DecisionTemplate("CAT", template.issuerLines(), template.mottoLines(), template.place(),
                    template.summary(), "GIÁM ĐỐC MỚI", template.legalBases(), template.award(), template.reason(),
                    template.execution(), template.effect(), template.signerLines(), template.recipients()));
            // The changes do shape a decision made now ...
            String rebuilt = text(docx.write(drafts.of(proposals.findById(id).orElseThrow()).orElseThrow()));
            assertThat(rebuilt).contains("Liên đoàn Lao động (tên mới)", "GIÁM ĐỐC MỚI");

            // ... but not the one that was issued.
            assertThat(download(id, "docx")).isEqualTo(word);
            assertThat(download(id, "pdf")).isEqualTo(pdf);
        } finally {
            templates.use(template);
            jdbc.update("update organization set name_vi = ? where code = 'ldld'", oldName);
        }
    }

    @Test
    void aDecisionIssuedBeforeFilesWereKeptIsBuiltWhenDownloaded() throws Exception {
        String id = issued("Trần Văn Cũ " + UUID.randomUUID().toString().substring(0, 6));
        files.deleteAllById(List.of(id + ".docx", id + ".pdf"));

        String symbol = proposals.findById(id).orElseThrow().decisionSymbol();
        assertThat(text(download(id, "docx"))).contains("Số: " + symbol, "Trần Văn Cũ");
        assertThat(new String(download(id, "pdf"), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(files.findById(id + ".docx")).isEmpty();
    }

    private String issued(String nominee) throws Exception {
        // The first PDF of a JVM loads the renderer and its fonts (seconds on a loaded machine),
        // while the issue holds the issuer's counter; the helper's run and the job executor's would
        // then both time out on H2's lock. Loaded here, the issue takes a second.
        var sample = List.of(DecisionContents.individual("Nguyễn Văn Mẫu", null));
        docx.write(DecisionContents.of("CAT", sample));
        pdfWriter.write(DecisionContents.of("CAT", sample));
        Proposals steps = new Proposals(processEngine);
        String id = steps.propose("ldld", "member-ldld", "ldld", "Khen " + nominee, "giay-khen-giam-doc-cat",
                Proposals.individual(nominee, "Tổ trưởng", "Tổ dân cư số 3", "Vận động 100% hộ"));
        steps.appraise(id, "Đúng đối tượng", 1);
        steps.approve(id, Proposals.POLICE_APPROVAL, "bgdca", "police-leaders", 1);
        steps.issueDecision(id);
        assertThat(proposals.findById(id).orElseThrow().isIssued()).isTrue();
        return id;
    }

    private byte[] download(String id, String format) throws Exception {
        return mvc.perform(get("/commendations/{id}/decision." + format, id).with(LDLD))
                .andExpect(status().isOk())
                .andExpect(content().contentType(format.equals("pdf") ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] word) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
