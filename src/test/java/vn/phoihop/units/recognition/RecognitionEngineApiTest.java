package vn.phoihop.units.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoihop.units.recognition.RecognitionSteps.at;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.EngineApiClient;
import vn.phoihop.testsupport.EngineTime;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.units.TestUnits;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.UnitRegistry;

/**
 * The recognition through {@code /engine-rest}: a unit sees and works on its own dossier only, a
 * managing level of another commune sees nothing of it, and a start of the process from outside its
 * caller, with the true ids of a handed-over registration or forged ones, is refused and saves nothing.
 */
@IntegrationTest
class RecognitionEngineApiTest {

    private static final String UNIT_USER = "kp1tanninh";

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    UnitRegistry units;
    @Autowired
    RecognitionRepository recognitions;

    @RegisterExtension
    EngineTime time = EngineTime.pausedAt(at(2026, 10, 5, 9, 0));

    @AfterEach
    void tearDown() {
        identityService.clearAuthentication();
    }

    @Test
    void onlyTheUnitsOwnPeopleSeeAndCompleteItsDossierTask() throws Exception {
        RecognitionSteps steps = new RecognitionSteps(processEngine, time);
        Unit unit = TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, UNIT_USER);
        ProcessInstance instance = steps.handedOver(unit, UNIT_USER);
        Task dossier = steps.task(instance.getId(), "Task_CompileDossier");
        String otherUnitsPerson = personOfAnotherUnit();
        String query = "/engine-rest/task?processInstanceId=" + instance.getId();

        assertThat(EngineApiClient.rest(port, UNIT_USER).get(query).body()).contains(dossier.getId());
        for (String outsider : new String[] {otherUnitsPerson, "cagodau2026"}) {
            EngineApiClient rest = EngineApiClient.rest(port, outsider);
            assertThat(rest.get(query).body()).as(outsider).doesNotContain(dossier.getId());
            assertThat(rest.get("/engine-rest/task/" + dossier.getId()).statusCode()).as(outsider).isBetween(400, 499);
            HttpResponse<String> complete = rest.post("/engine-rest/task/" + dossier.getId() + "/complete",
                    "{\"variables\":{\"dossierNote\":{\"value\":\"x\"}}}");
            assertThat(complete.statusCode()).as(outsider + ": " + complete.body()).isBetween(400, 499);
            assertThat(rest.get("/engine-rest/process-instance/" + instance.getId()).statusCode()).as(outsider).isBetween(400, 499);
        }
        assertThat(taskService.createTaskQuery().taskId(dossier.getId()).count()).isEqualTo(1);
        assertThat(recognitions.findByProcessInstanceId(instance.getId()).orElseThrow().status()).isEqualTo(RecognitionStatus.DOSSIER);
    }

    @Test
    void aStartFromOutsideTheHandOverIsRefusedThroughTheRestApi() throws Exception {
        RecognitionSteps steps = new RecognitionSteps(processEngine, time);
        Unit unit = TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, UNIT_USER);
        Recognition real = recognitions.findByProcessInstanceId(steps.handedOver(unit, UNIT_USER).getId()).orElseThrow();
        String forged = "{\"variables\":{\"registrationId\":{\"value\":\"" + real.registrationId() + "\"},"
                + "\"unitCode\":{\"value\":\"" + real.unitCode() + "\"},\"year\":{\"value\":2026,\"type\":\"Integer\"}}}";
        String start = "/engine-rest/process-definition/key/" + RecognitionProcessVariables.PROCESS_ID + "/start";
        long before = recognitions.count();

        // the unit itself, its managing level, PX05: no one starts it by hand
        for (String user : new String[] {UNIT_USER, RecognitionSteps.MANAGING_USER, RecognitionSteps.PX05}) {
            HttpResponse<String> refused = EngineApiClient.rest(port, user).post(start, forged);
            assertThat(refused.statusCode()).as(user + ": " + refused.body()).isBetween(400, 499);
        }
        // nor an administrator, whom the engine lets start anything: the process refuses it
        HttpResponse<String> byAdmin = EngineApiClient.rest(port, "admin").post(start, forged);
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(400);
        assertThat(byAdmin.body()).contains("units.recognition.error.notHandedOver");
        assertThat(recognitions.count()).isEqualTo(before);
    }

    /** A person who acts for a unit of the same ward, not for this one. */
    private String personOfAnotherUnit() {
        String id = "u" + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setPassword(DemoAccountsFile.PASSWORD);
        identityService.saveUser(user);
        TestUnits.create(units, UnitKind.RESIDENTIAL_AREA, id);
        return id;
    }
}
