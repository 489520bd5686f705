package vn.phoihop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phoihop.testsupport.TestApplications;

/** The product's default database is an H2 file: what was started before a restart is there after it. */
@Tag("h2-only")
class RestartTest {

    @TempDir
    Path data;

    @Test
    void processInstanceSurvivesARestartAndUnchangedModelsAreNotRedeployed() {
        Map<String, Object> properties = Map.of("spring.datasource.url", TestApplications.h2File(data));
        String instanceId;
        int versionBefore;
        try (var app = TestApplications.start(properties, "demo")) {
            instanceId = app.getBean(RuntimeService.class)
                    .startProcessInstanceByKey("SmokeTestProcess", "restart-check").getId();
            versionBefore = latestVersion(app.getBean(RepositoryService.class));
        }
        try (var app = TestApplications.start(properties, "demo")) {
            var instance = app.getBean(RuntimeService.class).createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
            assertThat(instance).isNotNull();
            assertThat(instance.getBusinessKey()).isEqualTo("restart-check");
            assertThat(latestVersion(app.getBean(RepositoryService.class))).isEqualTo(versionBefore);
        }
    }

    private static int latestVersion(RepositoryService repository) {
        return repository.createProcessDefinitionQuery().processDefinitionKey("SmokeTestProcess").latestVersion()
                .singleResult().getVersion();
    }
}
