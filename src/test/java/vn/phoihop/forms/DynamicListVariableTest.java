package vn.phoihop.forms;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The value a dynamic list binds to must be storable by Camunda 7 as it is configured here (no Spin, Java
 * serialization of variables set through the Java API) and come back equal, so that a revision task can
 * prefill the rows.
 */
class DynamicListVariableTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void startEngine() {
        // A name of its own: the static engine registry must keep the application's "default" engine.
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setProcessEngineName("dynamic-list-variable")
                .setJdbcUrl("jdbc:h2:mem:dynamic-list-variable;DB_CLOSE_DELAY=-1")
                .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                .buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("wait.bpmn",
                Bpmn.createExecutableProcess("wait").camundaHistoryTimeToLive(1).startEvent().userTask("revise")
                        .endEvent().done()).deploy();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void boundRowsAreStoredAndReadBackAsTheSameListOfMaps() {
        MultiValueMap<String, String> post = new LinkedMultiValueMap<>();
        post.add("name", "Đợt 1");
        TestForms.nominee(post, 0, "collective", "Phòng A", "Tốt");
        post.add("nominees[0].members", "12");
        post.add("nominees[0].fields", "work");
        TestForms.nominee(post, 1, "individual", "Nguyễn Văn An", "Sáng kiến");
        FormSubmission submission = new FormSubmissionBinder(TestForms.options())
                .bind(TestForms.dynamicList(), post, new LinkedMultiValueMap<>(), TestForms.context());
        assertThat(submission.errors()).isEmpty();

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("wait", submission.values());
        Object stored = engine.getRuntimeService().getVariable(instance.getId(), "nominees");

        assertThat(stored).isEqualTo(submission.values().get("nominees"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) stored;
        assertThat(rows.get(0)).containsEntry("members", 12L).containsEntry("fields", List.of("work"));
        assertThat(rows.get(1)).containsEntry("members", null);
    }
}
