package vn.phoihop.commendations.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.security.PortalUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.commendations.ProposalRepository;
import vn.phoihop.commendations.Proposal;
import vn.phoihop.commendations.Proposals;
import vn.phoihop.documents.Downloads;
import vn.phoihop.documents.VietnameseDates;
import vn.phoihop.security.Colleague;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * The registry through HTTP as its users meet it: who sees which proposal in the list, on the
 * detail page, in the XLSX and the DOCX (issue #4 §7), what the filters narrow, and that what
 * proposers typed is shown as text. Two proposals are made once for the class, through the engine
 * as their users would: the Labour Federation's, issued with one nominee awarded and one refused,
 * and the Women's Union's, still waiting for the appraisal.
 */
@IntegrationTest
class CommendationRegistryTest {

    static final RequestPostProcessor LDLD = as("ldld", "member-ldld");
    static final RequestPostProcessor LHPN = as("lhpn", "member-lhpn");
    static final RequestPostProcessor PX05 = as("px05", "px05");
    static final RequestPostProcessor FRONT_LEADER = as("bttmttq", "front-leaders");

    /** In both titles, so a text search finds exactly this class's proposals. */
    static final String TOKEN = "Sổ" + UUID.randomUUID().toString().substring(0, 8);
    static final String SCRIPT = "<script>alert('x')</script>";

    static String issued;
    static String waiting;

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProposalRepository repository;
    @Autowired
    AttachmentService attachments;

    @BeforeEach
    void proposals() throws Exception {
        if (issued != null) {
            return;
        }
        Proposals proposals = new Proposals(processEngine);
        issued = proposals.propose("ldld", "member-ldld", "ldld", "Khen công đoàn " + TOKEN + " " + SCRIPT,
                "giay-khen-giam-doc-cat",
                Proposals.individual("Nguyễn Văn Được " + TOKEN, "Tổ trưởng", "Tổ dân cư số 3", "Vận động 100% hộ " + SCRIPT),
                Proposals.collective("Công đoàn Bị Từ Chối " + TOKEN, "Công ty Y", "Phát hiện 1 vụ trộm"));
        proposals.appraise(issued, "Đúng đối tượng " + SCRIPT, 1, 2);
        proposals.approve(issued, Proposals.POLICE_APPROVAL, "bgdca", "police-leaders", 1);
        proposals.issueDecision(issued);
        waiting = proposals.propose("lhpn", "member-lhpn", "lhpn", "Khen chi hội phụ nữ " + TOKEN,
                "giay-khen-mttq-tinh", Proposals.collective("Chi hội Phụ nữ ấp 2 " + TOKEN, "Xã Tân Bình", "Tổ tự quản"));
    }

    @Test
    void aMemberOrganisationListsItsOwnProposalsOnlyAndTheCoordinatorsListAll() throws Exception {
        assertThat(listed("/commendations?q=" + TOKEN, LDLD)).contains(issued).doesNotContain(waiting);
        assertThat(listed("/commendations?q=" + TOKEN, LHPN)).contains(waiting).doesNotContain(issued);
        assertThat(listed("/commendations?q=" + TOKEN, PX05)).contains(issued, waiting);
        assertThat(listed("/commendations?q=" + TOKEN, FRONT_LEADER)).contains(issued, waiting);
        // a user of no organisation sees nothing rather than everything
        assertThat(listed("/commendations?q=" + TOKEN, as("stranger", "some-group"))).isEmpty();
    }

    @Test
    void whoeverSeesAProposalMayOpenItsFilesAndNobodyElse() throws Exception {
        String instance = repository.findById(waiting).orElseThrow().processInstanceId();
        String file = attachments.store(new PortalUser("lhpn", "lhpn", List.of("member-lhpn")), instance, null, "proposalLetter",
                new MockMultipartFile("proposalLetter", "to-trinh.pdf", "application/pdf", TestFiles.pdf())).id();

        // PTTG and a colleague of the proposer took no part in the instance, yet see the proposal
        mvc.perform(get("/attachments/{id}", file).with(as("pttg", "pttg"))).andExpect(status().isOk());
        mvc.perform(get("/attachments/{id}", file).with(as("lhpn2", "member-lhpn"))).andExpect(status().isOk());
        mvc.perform(get("/attachments/{id}", file).with(LDLD)).andExpect(status().isNotFound());
        assertThat(Jsoup.parse(mvc.perform(get("/commendations/{id}", waiting).with(as("pttg", "pttg")))
                .andReturn().getResponse().getContentAsString()).select("#attachments a[href]").text()).contains("to-trinh.pdf");
    }

    @Test
    void anotherOrganisationsProposalIsNotFoundOnEveryPath() throws Exception {
        mvc.perform(get("/commendations/{id}", issued).with(LHPN)).andExpect(status().isNotFound());
        mvc.perform(get("/commendations/{id}/decision.docx", issued).with(LHPN)).andExpect(status().isNotFound());
        mvc.perform(get("/commendations/{id}/decision.pdf", issued).with(LHPN)).andExpect(status().isNotFound());
        mvc.perform(get("/commendations/{id}", waiting).with(LDLD)).andExpect(status().isNotFound());
        assertThat(exportedProposals("/commendations/export.xlsx?q=" + TOKEN, LHPN)).containsOnly(waiting);

        mvc.perform(get("/commendations/{id}", issued).with(LDLD)).andExpect(status().isOk());
        mvc.perform(get("/commendations/{id}/decision.docx", issued).with(LDLD)).andExpect(status().isOk());
        mvc.perform(get("/commendations/{id}/decision.pdf", issued).with(LDLD)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".pdf")));
        mvc.perform(get("/commendations/{id}", waiting).with(PX05)).andExpect(status().isOk());
    }

    @Test
    void unknownProposalsUndecidedDecisionsAndAnonymousUsersGetNothing() throws Exception {
        mvc.perform(get("/commendations/KT-1999-9999").with(PX05)).andExpect(status().isNotFound());
        mvc.perform(get("/commendations/{id}/decision.docx", waiting).with(PX05)).andExpect(status().isNotFound());
        mvc.perform(get("/commendations/{id}/decision.pdf", waiting).with(PX05)).andExpect(status().isNotFound());
        mvc.perform(get("/commendations/{id}/decision.pdf", issued)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/commendations")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/commendations/{id}", issued)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/commendations/export.xlsx")).andExpect(status().is3xxRedirection());
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        String base = "/commendations?q=" + TOKEN;
        assertThat(listed(base + "&status=ISSUED", PX05)).containsExactly(issued);
        assertThat(listed(base + "&status=SUBMITTED", PX05)).containsExactly(waiting);
        assertThat(listed(base + "&award=giay-khen-mttq-tinh", PX05)).containsExactly(waiting);
        assertThat(listed(base + "&org=ldld", PX05)).containsExactly(issued);
        Proposal proposal = repository.findById(issued).orElseThrow();
        assertThat(listed(base + "&year=" + proposal.year(), PX05)).contains(issued, waiting);
        assertThat(listed(base + "&year=1999", PX05)).isEmpty();
        // nominee names and ids match whatever the case; like's wildcards are taken literally
        assertThat(listed("/commendations?q=" + ("công đoàn bị từ chối " + TOKEN).toUpperCase(Locale.ROOT), PX05))
                .containsExactly(issued);
        assertThat(listed("/commendations?q=" + waiting.toLowerCase(Locale.ROOT), PX05)).containsExactly(waiting);
        assertThat(listed("/commendations?q={q}", PX05, TOKEN + "%")).isEmpty();
        assertThat(listed("/commendations?q={q}", PX05, "Sổ_" + TOKEN.substring(3))).isEmpty();
        // 50 a page: the second page of two proposals is empty, and leads back with the filter kept
        Document second = page(base + "&page=1", PX05);
        assertThat(second.select("tr.proposal-row")).isEmpty();
        assertThat(second.select("#registry-pages #page-previous").attr("href")).contains("page=0").contains("q=");
        // nonsense from a hand-edited URL is dropped, not an error
        assertThat(listed(base + "&status=NOPE&year=abc&page=-3", PX05)).contains(issued, waiting);
    }

    @Test
    void searchIgnoresMarksAndCaseAndFindsTheDecisionNumber() throws Exception {
        // "Nguyễn Văn Được Sổ…" typed on a phone, in the list and in its spreadsheet
        String typed = "nguyen van duoc so" + TOKEN.substring(2).toLowerCase(Locale.ROOT);
        assertThat(listed("/commendations?q={q}", PX05, typed)).containsExactly(issued);
        assertThat(listed("/commendations?q={q}", LDLD, typed)).containsExactly(issued);
        assertThat(listed("/commendations?q={q}", LHPN, typed)).isEmpty();
        assertThat(exportedProposals("/commendations/export.xlsx?q=" + typed, PX05)).containsOnly(issued);
        assertThat(listed("/commendations?q={q}", PX05, "chi hoi phu nu ap 2 so" + TOKEN.substring(2))).containsExactly(waiting);

        String symbol = repository.findById(issued).orElseThrow().decisionSymbol();
        assertThat(symbol).contains("/QĐ-");
        assertThat(listed("/commendations?q={q}", PX05, symbol)).contains(issued).doesNotContain(waiting);
        assertThat(listed("/commendations?q={q}", PX05, symbol.toLowerCase(Locale.ROOT).replace("đ", "d")))
                .contains(issued).doesNotContain(waiting);
        assertThat(listed("/commendations?q={q}", LHPN, symbol)).doesNotContain(issued);
    }

    @Test
    void theListShowsWhatARowNeeds() throws Exception {
        Document list = page("/commendations?q=" + TOKEN, LDLD);
        var row = list.select("tr.proposal-row[data-proposal-id=" + issued + "]");
        Proposal proposal = repository.findById(issued).orElseThrow();
        assertThat(row.select(".proposal-org").text()).isEqualTo("Liên đoàn Lao động tỉnh");
        assertThat(row.select(".proposal-award").text()).isEqualTo("Giấy khen của Giám đốc Công an tỉnh");
        assertThat(row.select(".proposal-status").attr("data-status")).isEqualTo("ISSUED");
        assertThat(row.select(".nominee-count").text()).isEqualTo("2 đối tượng, 1 được khen thưởng");
        assertThat(row.select(".proposal-decision").text()).contains(proposal.decisionSymbol());
        assertThat(list.select("#nav-commendations").attr("href")).isEqualTo("/commendations");
    }

    @Test
    void whatProposersTypedIsShownAsText() throws Exception {
        for (String url : List.of("/commendations?q=" + TOKEN, "/commendations/" + issued)) {
            String html = mvc.perform(get(url).with(PX05)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(html).doesNotContain(SCRIPT).contains("&lt;script&gt;");
        }
    }

    @Test
    void theDetailPageTellsTheWholeStory() throws Exception {
        Proposal proposal = repository.findById(issued).orElseThrow();
        Document detail = page("/commendations/" + issued, LDLD);
        assertThat(detail.select("#proposal-title").text()).contains(TOKEN);
        assertThat(detail.select("#proposal-decision").text()).contains(proposal.decisionSymbol())
                .contains(VietnameseDates.date(proposal.decisionDate()));
        var rows = detail.select("tr.nominee-row");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("[data-outcome]").eachAttr("data-outcome"))
                .containsExactly("appraisal-true", "police-true", "awarded-true");
        assertThat(rows.get(1).select("[data-outcome]").eachAttr("data-outcome"))
                .containsExactly("appraisal-true", "police-false", "awarded-false");
        assertThat(detail.select("#appraisal-comment").text()).startsWith("Đúng đối tượng");
        // the instance has ended; its history is still told
        assertThat(detail.select(".timeline-entry").eachAttr("data-event"))
                .contains("history.started", "history.taskCompleted", "history.ended");
        assertThat(detail.select("#open-task")).isEmpty();
        assertThat(detail.select("#decision-docx").attr("href")).isEqualTo("/commendations/" + issued + "/decision.docx");
        assertThat(detail.select("#decision-pdf").attr("href")).isEqualTo("/commendations/" + issued + "/decision.pdf");
    }

    @Test
    void thePersonWhoseTaskItIsIsSentToIt() throws Exception {
        Document detail = page("/commendations/" + waiting, PX05);
        String taskId = new Proposals(processEngine).openTask(waiting, Proposals.APPRAISAL).getId();
        assertThat(detail.select("#open-task").attr("href")).isEqualTo("/tasks/" + taskId);
        assertThat(page("/commendations/" + waiting, LHPN).select("#open-task")).isEmpty();

        Document task = page("/tasks/" + taskId, PX05);
        assertThat(task.select("#record-summary .nominee-name").text()).isEqualTo("Chi hội Phụ nữ ấp 2 " + TOKEN);
        assertThat(task.select("#record-summary .nominee-achievement").text()).isEqualTo("Tổ tự quản");
        assertThat(task.select("#registry-link").attr("href")).isEqualTo("/commendations/" + waiting);
    }

    @Test
    void theDecisionDocumentNamesTheAwardedAndTheSigner() throws Exception {
        Proposal proposal = repository.findById(issued).orElseThrow();
        MvcResult result = mvc.perform(get("/commendations/{id}/decision.docx", issued).with(LDLD))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("attachment; filename=\"Quyet_dinh_"),
                        org.hamcrest.Matchers.containsString("filename*=UTF-8''Quy%E1%BA%BFt"))))
                .andReturn();
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        String signer = Colleague.of(identityService.createUserQuery().userId("bgdca").singleResult()).name();
        assertThat(text).contains("Số: " + proposal.decisionSymbol())
                .contains("Tây Ninh, " + VietnameseDates.date(proposal.decisionDate()))
                .contains("Nguyễn Văn Được " + TOKEN)
                .contains("GIÁM ĐỐC")
                .contains(signer)
                .doesNotContain("Bị Từ Chối");
    }

    @Test
    void theSpreadsheetHoldsOneRowPerNomineeOfTheVisibleProposals() throws Exception {
        byte[] body = mvc.perform(get("/commendations/export.xlsx?q=" + TOKEN).with(PX05)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Downloads.XLSX.toString()))
                .andReturn().getResponse().getContentAsByteArray();
        Proposal proposal = repository.findById(issued).orElseThrow();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Số hồ sơ");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(6).getStringCellValue(),
                        row.getCell(9).getStringCellValue(), row.getCell(10).getStringCellValue()));
            }
            assertThat(rows).containsExactlyInAnyOrder(
                    List.of(issued, "Nguyễn Văn Được " + TOKEN, "Có", proposal.decisionSymbol()),
                    List.of(issued, "Công đoàn Bị Từ Chối " + TOKEN, "Không", proposal.decisionSymbol()),
                    List.of(waiting, "Chi hội Phụ nữ ấp 2 " + TOKEN, "", ""));
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isNotBlank();
        }
        assertThat(exportedProposals("/commendations/export.xlsx?q=" + TOKEN + "&status=ISSUED", LDLD)).containsOnly(issued);
    }

    private List<String> listed(String url, RequestPostProcessor user, Object... uriVariables) throws Exception {
        return Jsoup.parse(mvc.perform(get(url, uriVariables).with(user)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).select("tr.proposal-row").eachAttr("data-proposal-id");
    }

    private List<String> exportedProposals(String url, RequestPostProcessor user) throws Exception {
        byte[] body = mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> ids = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
        }
        return ids;
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
