package vn.phoihop.units.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.*;
import static vn.phoihop.units.recognition.RecognitionSteps.at;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.attachments.TestFiles;
import vn.phoihop.testsupport.EngineTime;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;
import vn.phoihop.units.SafeUnitCriteria;
import vn.phoihop.units.ScoringSheet;
import vn.phoihop.units.TestUnits;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.UnitRegistry;

/**
 * The recognition as people use it in the portal: the unit sends its dossier on the task page (a
 * refused one comes back as typed), the unit's page shows the year's result, and the managing
 * level proposes a recognised Xuất sắc unit for a commendation in one click.
 */
@IntegrationTest
class RecognitionPortalTest {

    private static final String UNIT_USER = "kp1tanninh";

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    UnitRegistry units;
    @Autowired
    RecognitionRepository recognitions;
    @Autowired
    SafeUnitCriteria criteria;
    @Autowired
    AttachmentService attachments;

    @RegisterExtension
    EngineTime time = EngineTime.pausedAt(at(2026, 10, 5, 9, 0));

    RecognitionSteps steps;
    Unit unit;
    ScoringSheet sheet;
    RequestPostProcessor unitUser;
    RequestPostProcessor managingLevel = as(RecognitionSteps.MANAGING_USER, TestUnits.TAN_NINH_POLICE);

    @BeforeEach
    void setUp() {
        steps = new RecognitionSteps(processEngine, time);
        unit = TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, UNIT_USER);
        sheet = criteria.scoringSheet(UnitKind.RESIDENTIAL_AREA, 2026);
        unitUser = as(UNIT_USER, unit.getContactGroup());
    }

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
    }

    @Test
    void theUnitSendsItsDossierOnTheTaskPageAndARefusedOneKeepsItsValues() throws Exception {
        ProcessInstance instance = steps.handedOver(unit, UNIT_USER);
        String taskId = steps.task(instance.getId(), "Task_CompileDossier").getId();
        Document form = page("/tasks/" + taskId, unitUser);
        // one row per criterion group of the unit's sheet, each group chosen already
        for (int i = 0; i < sheet.groups().size(); i++) {
            assertThat(form.select("select[name='groupScores[" + i + "].group'] option[selected]").val())
                    .isEqualTo(sheet.groups().get(i).code());
        }
        assertThat(form.select("input[type=file][name=submissionLetter]")).hasSize(1);
        assertThat(form.select("input[type=file][name=selfScoringSheet]")).hasSize(1);

        // a group above its maximum and no documents: refused, what was typed is kept
        Document refused = Jsoup.parse(mvc.perform(dossier(taskId, "99").with(csrf()).with(unitUser))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("input[name='groupScores[0].points']").val()).isEqualTo("99");
        assertThat(refused.select("textarea[name=dossierNote]").text()).isEqualTo("Khu phố làm tốt phong trào.");
        assertThat(refused.select("input[name=submissionLetter].is-invalid")).hasSize(1);
        assertThat(recognitions.findByProcessInstanceId(instance.getId()).orElseThrow().status()).isEqualTo(RecognitionStatus.DOSSIER);

        mvc.perform(withDocuments(dossier(taskId, RecognitionSteps.maximum(sheet.groups().get(0)).toPlainString()))
                        .with(csrf()).with(unitUser))
                .andExpect(flash().attribute("info", "task.completed"));
        Recognition sent = recognitions.findByProcessInstanceId(instance.getId()).orElseThrow();
        assertThat(sent.status()).isEqualTo(RecognitionStatus.ASSESSMENT);
        assertThat(sent.selfTotal()).isEqualByComparingTo("100");
        assertThat(attachments.list(instance.getId())).extracting(a -> a.fieldKey())
                .containsExactlyInAnyOrder(SUBMISSION_LETTER, RESULTS_REPORT, MEETING_MINUTES, SELF_SCORING_SHEET);
        // the managing level's task starts from the unit's points
        Document assessment = page("/tasks/" + steps.task(instance.getId(), "Task_AssessDossier").getId(), managingLevel);
        assertThat(assessment.select("input[name='assessedScores[0].points']").val())
                .isEqualTo(RecognitionSteps.maximum(sheet.groups().get(0)).stripTrailingZeros().toPlainString());
        assertThat(assessment.select("#recognition-scores tbody tr")).hasSize(sheet.groups().size());
    }

    @Test
    void theUnitPageShowsTheRecognitionAndTheManagingLevelProposesItForACommendationInOneClick() throws Exception {
        Recognition recognised = recognisedExcellent();
        Document managing = page("/units/" + unit.getCode(), managingLevel);
        assertThat(managing.select("#recognition-" + recognised.id()).text()).contains("2026", "Xuất sắc", "Được công nhận",
                "Quyết định số 15/QĐ-UBND");
        assertThat(managing.select("#recognition-" + recognised.id() + " form.propose-commendation")).hasSize(1);
        // the unit sees its result, but proposing is its managing level's
        Document own = page("/units/" + unit.getCode(), unitUser);
        assertThat(own.select("#recognition-" + recognised.id()).text()).contains("Xuất sắc");
        assertThat(own.select("form.propose-commendation")).isEmpty();
        mvc.perform(post("/units/recognitions/{id}/propose", recognised.id()).with(csrf()).with(unitUser))
                .andExpect(status().isNotFound());

        String link = "/processes/CommendationProcess/start?prefill=recognition:" + recognised.id();
        mvc.perform(post("/units/recognitions/{id}/propose", recognised.id()).with(csrf()).with(managingLevel))
                .andExpect(redirectedUrl(link));
        Document start = page(link, managingLevel);
        assertThat(start.select("input[name=recordTitle]").val()).contains("Xuất sắc năm 2026");
        assertThat(start.select("select[name=source] option[selected]").val()).isEqualTo("unit-recognition");
        assertThat(start.select("input[name='nominees[0].name']").val()).isEqualTo(unit.getName());
        assertThat(start.select("textarea[name='nominees[0].achievement']").text()).contains("Xuất sắc", "100 điểm");
        // the prefill comes from our table only: an unknown id, or one the user may not propose, is not found
        mvc.perform(get("/processes/CommendationProcess/start?prefill=recognition:CN-2026-9999").with(managingLevel))
                .andExpect(status().isNotFound());
        mvc.perform(get(link).with(as("ldld", "member-ldld"))).andExpect(status().isNotFound());
    }

    /** A recognition through every step, the dossier full marks (Xuất sắc), recognised by the leader. */
    private Recognition recognisedExcellent() {
        ProcessInstance instance = steps.handedOver(unit, UNIT_USER);
        List<Map<String, Object>> full = RecognitionSteps.rows(sheet, RecognitionSteps::maximum);
        steps.complete(steps.task(instance.getId(), "Task_CompileDossier"), UNIT_USER, Map.of(GROUP_SCORES, full));
        steps.complete(steps.task(instance.getId(), "Task_AssessDossier"), RecognitionSteps.MANAGING_USER, Map.of(ASSESSED_SCORES, full));
        steps.complete(steps.task(instance.getId(), "Task_AppraiseRecognition"), RecognitionSteps.PX05,
                Map.of(APPRAISAL_OUTCOME, APPRAISAL_AGREE));
        steps.complete(steps.task(instance.getId(), "Task_DecideRecognition"), RecognitionSteps.LEADER,
                Map.of(DECISION, DECISION_RECOGNISE, DECISION_NOTE, "Quyết định số 15/QĐ-UBND ngày 10/12/2026"));
        return recognitions.findByProcessInstanceId(instance.getId()).orElseThrow();
    }

    /** The dossier form's post: every group at its maximum, the first at {@code firstPoints}; no files. */
    private MockMultipartHttpServletRequestBuilder dossier(String taskId, String firstPoints) {
        MockMultipartHttpServletRequestBuilder request = multipart("/tasks/{id}/complete", taskId);
        for (int i = 0; i < sheet.groups().size(); i++) {
            ScoringSheet.Group group = sheet.groups().get(i);
            request.param("groupScores[" + i + "].group", group.code());
            request.param("groupScores[" + i + "].points", i == 0 ? firstPoints : RecognitionSteps.maximum(group).toPlainString());
        }
        request.param("dossierNote", "Khu phố làm tốt phong trào.");
        return request;
    }

    private static MockMultipartHttpServletRequestBuilder withDocuments(MockMultipartHttpServletRequestBuilder request) {
        return request.file(new MockMultipartFile(SUBMISSION_LETTER, "to-trinh.pdf", "application/pdf", TestFiles.pdf()))
                .file(new MockMultipartFile(RESULTS_REPORT, "bao-cao.pdf", "application/pdf", TestFiles.pdf()))
                .file(new MockMultipartFile(MEETING_MINUTES, "bien-ban.pdf", "application/pdf", TestFiles.pdf()))
                .file(new MockMultipartFile(SELF_SCORING_SHEET, "bang-diem.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", TestFiles.xlsx()));
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
