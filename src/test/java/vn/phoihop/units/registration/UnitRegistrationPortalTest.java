package vn.phoihop.units.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;
import static vn.phoihop.units.registration.UnitRegistrationProcessVariables.*;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;
import vn.phoihop.testsupport.TestUsers;
import vn.phoihop.units.TestUnits;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.UnitRegistry;

/**
 * The registration as its people use it: the unit registers on the start form, its managing level
 * verifies on the task page, the unit's page shows the year; and what the portal refuses, the
 * engine's REST API refuses too (another unit, another commune).
 */
@IntegrationTest
class UnitRegistrationPortalTest {

    private static final String START = "/processes/" + PROCESS_ID + "/start";
    private static final RequestPostProcessor TAN_NINH_POLICE = as("catanninh", TestUnits.TAN_NINH_POLICE);
    private static final RequestPostProcessor GO_DAU_POLICE = as("cagodau2026", "commune-police-go-dau");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    UnitRegistry units;
    @Autowired
    UnitRegistrationRepository registrations;

    @Test
    void aUnitRegistersAndItsManagingLevelVerifiesOnTheirPages() throws Exception {
        Unit unit = TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, "kp1tanninh");
        RequestPostProcessor kp1 = as("kp1tanninh", unit.getContactGroup());
        Document startForm = page(START, kp1);
        assertThat(startForm.select("#start-form select[name=unit] option[value=" + unit.getCode() + "]")).hasSize(1);
        String token = startForm.select("input[name=_token]").val();

        // nothing committed to: refused, the unit stays chosen
        Document refused = Jsoup.parse(mvc.perform(registration(token, unit, "").with(csrf()).with(kp1))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("select[name=unit] option[selected]").val()).isEqualTo(unit.getCode());
        assertThat(refused.select("textarea[name=commitment].is-invalid")).hasSize(1);

        mvc.perform(registration(token, unit, "Khu phố đăng ký đạt chuẩn An toàn về an ninh, trật tự.").with(csrf()).with(kp1))
                .andExpect(flash().attribute("info", "process.started.record"));
        int year = unit.getKind().planYearOn(ProvinceClock.today());
        UnitRegistration registered = registrations.findByUnitCodeAndYear(unit.getCode(), year).get(0);
        // once a year: the unit is no longer offered, and a second try is refused with what was typed
        assertThat(page(START, kp1).select("select[name=unit] option[value=" + unit.getCode() + "]")).isEmpty();
        Document twice = Jsoup.parse(mvc.perform(registration(token, unit, "Lần hai").with(csrf()).with(kp1))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(twice.select("textarea[name=commitment]").text()).isEqualTo("Lần hai");
        assertThat(registrations.findByUnitCodeAndYear(unit.getCode(), year)).hasSize(1);

        Task verification = task(registered, "Task_VerifyRegistration");
        mvc.perform(get("/tasks/{id}", verification.getId()).with(GO_DAU_POLICE)).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/{id}", verification.getId()).with(kp1)).andExpect(status().isNotFound());
        Document verificationPage = page("/tasks/" + verification.getId(), TAN_NINH_POLICE);
        assertThat(verificationPage.select("#record-summary").text()).contains(registered.id(), unit.getName(),
                "Khu phố đăng ký đạt chuẩn");
        // returning without a reason is refused by the process, and the page keeps the choice
        Document noReason = Jsoup.parse(mvc.perform(post("/tasks/{id}/complete", verification.getId())
                        .param(VERIFICATION_OUTCOME, OUTCOME_RETURN).with(csrf()).with(TAN_NINH_POLICE))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(noReason.select("input[name=verificationOutcome][value=return][checked]")).hasSize(1);
        assertThat(noReason.text()).contains("ghi rõ lý do");
        mvc.perform(post("/tasks/{id}/complete", verification.getId()).param(VERIFICATION_OUTCOME, OUTCOME_ACCEPT)
                        .with(csrf()).with(TAN_NINH_POLICE))
                .andExpect(flash().attribute("info", "task.completed"));

        Document unitPage = page("/units/" + unit.getCode(), TAN_NINH_POLICE);
        assertThat(unitPage.select("#unit-registrations .registration-row[data-id=" + registered.id() + "] .registration-status").text())
                .isEqualTo("Đã chấp nhận, đang tự kiểm tra hằng tháng");
        assertThat(unitPage.select("#unit-registrations .registration-row .rounds-done").text()).isEqualTo("0 / 0");
    }

    @Test
    void anotherUnitAndAnotherCommuneReachNothingOfItThroughTheEngineApi() throws Exception {
        Unit unit = TestUnits.create(units, UnitKind.ENTERPRISE, "kp1tanninh");
        String otherUnitsPerson = userWithDemoPassword();
        TestUnits.create(units, UnitKind.ENTERPRISE, otherUnitsPerson);
        String startPath = "/engine-rest/process-definition/key/" + PROCESS_ID + "/start";
        String body = "{\"variables\":{\"unit\":{\"value\":\"" + unit.getCode() + "\"},"
                + "\"commitment\":{\"value\":\"Doanh nghiệp đăng ký đạt chuẩn.\"}}}";

        // another unit's person may not register this unit: the unit is not one of theirs
        HttpResponse<String> forged = EngineApiClient.rest(port, otherUnitsPerson).post(startPath, body);
        assertThat(forged.statusCode()).as(forged.body()).isEqualTo(400);
        assertThat(forged.body()).contains("unit");
        assertThat(registrations.findByUnitCodeOrderByYearDesc(unit.getCode())).isEmpty();

        HttpResponse<String> started = EngineApiClient.rest(port, "kp1tanninh").post(startPath, body);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        UnitRegistration registered = registrations.findByUnitCodeOrderByYearDesc(unit.getCode()).get(0);
        String instance = registered.processInstanceId();
        String tasksOfInstance = "/engine-rest/task?processInstanceId=" + instance;

        assertThat(EngineApiClient.rest(port, otherUnitsPerson).get(tasksOfInstance).body()).isEqualTo("[]");
        assertThat(EngineApiClient.rest(port, "cagodau2026").get(tasksOfInstance).body()).isEqualTo("[]");
        assertThat(EngineApiClient.rest(port, "cagodau2026").get("/engine-rest/process-instance/" + instance).statusCode())
                .isBetween(400, 499);
        assertThat(EngineApiClient.rest(port, "catanninh").get(tasksOfInstance).body()).contains("Task_VerifyRegistration");
        // the unit sees its own registration, but may not verify it
        assertThat(EngineApiClient.rest(port, "kp1tanninh").get("/engine-rest/process-instance/" + instance).statusCode())
                .isEqualTo(200);
        String verification = task(registered, "Task_VerifyRegistration").getId();
        HttpResponse<String> selfVerified = EngineApiClient.rest(port, "kp1tanninh").post("/engine-rest/task/" + verification
                + "/complete", "{\"variables\":{\"verificationOutcome\":{\"value\":\"accept\"}}}");
        assertThat(selfVerified.statusCode()).isBetween(400, 499);
        HttpResponse<String> otherVerified = EngineApiClient.rest(port, "cagodau2026").post("/engine-rest/task/" + verification
                + "/complete", "{\"variables\":{\"verificationOutcome\":{\"value\":\"accept\"}}}");
        assertThat(otherVerified.statusCode()).isBetween(400, 499);
        assertThat(registrations.findById(registered.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.SUBMITTED);
    }

    @Test
    void theProgressPageCountsTheManagingLevelsOwnUnitsOnly() throws Exception {
        int year = UnitKind.ENTERPRISE.planYearOn(ProvinceClock.today());
        String tanNinhRow = "#progress .progress-row[data-org=" + TestUnits.TAN_NINH_POLICE + "] .registered span";
        Unit unit = TestUnits.create(units, UnitKind.ENTERPRISE, "kp1tanninh");
        long[] before = counts(page("/units/progress?year=" + year, TAN_NINH_POLICE).select(tanNinhRow).text());
        mvc.perform(registration(page(START, as("kp1tanninh", unit.getContactGroup())).select("input[name=_token]").val(), unit,
                        "Đăng ký").with(csrf()).with(as("kp1tanninh", unit.getContactGroup())))
                .andExpect(flash().attribute("info", "process.started.record"));
        Document after = page("/units/progress?year=" + year, TAN_NINH_POLICE);
        assertThat(counts(after.select(tanNinhRow).text())).containsExactly(before[0] + 1, before[1]);
        assertThat(after.select("#progress .progress-row")).extracting(row -> row.attr("data-org"))
                .containsExactly(TestUnits.TAN_NINH_POLICE);
        assertThat(page("/units/progress?year=" + year, GO_DAU_POLICE).select(tanNinhRow)).isEmpty();
        // the province's coordinating division sees every managing level and the province's total
        Document province = page("/units/progress?year=" + year, as("px05", "px05"));
        assertThat(province.select(tanNinhRow).text()).isEqualTo(after.select(tanNinhRow).text());
        assertThat(province.select("#progress-total td").first().text()).isEqualTo("Toàn tỉnh");
        assertThat(province.select("#levels thead th")).extracting(th -> th.text())
                .contains("Xuất sắc", "Khá", "Trung bình", "Chưa đạt");
        mvc.perform(get("/units/progress").with(as("kp1tanninh", unit.getContactGroup()))).andExpect(status().isForbidden());
        mvc.perform(get("/units/progress?year=1999").with(TAN_NINH_POLICE)).andExpect(status().isBadRequest());
        mvc.perform(get("/units/progress?year=abc").with(TAN_NINH_POLICE)).andExpect(status().isBadRequest());
    }

    /** "registered / all" as the page writes it. */
    private static long[] counts(String registeredOfAll) {
        String[] parts = registeredOfAll.split(" / ");
        return new long[] {Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip())};
    }

    private String userWithDemoPassword() {
        String id = new TestUsers(identityService).newUser("unit");
        var user = identityService.createUserQuery().userId(id).singleResult();
        user.setPassword(DemoAccountsFile.PASSWORD);
        identityService.saveUser(user);
        return id;
    }

    private MockMultipartHttpServletRequestBuilder registration(String token, Unit unit, String commitment) {
        return (MockMultipartHttpServletRequestBuilder) multipart(START).param("_token", token)
                .param(UNIT, unit.getCode()).param(COMMITMENT, commitment);
    }

    private Task task(UnitRegistration registration, String key) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(registration.processInstanceId())
                .taskDefinitionKey(key).list();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
