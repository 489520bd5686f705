package vn.phoihop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class ApplicationStartupTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void engineRunsWithFullHistoryAndAuthorizationChecks() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistory()).isEqualTo("full");
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
    }

    @Test
    void everyModelOfProcessesAndFormsIsDeployed() throws IOException {
        List<String> deployed = repositoryService.createDeploymentQuery().list().stream()
                .flatMap(deployment -> repositoryService.getDeploymentResources(deployment.getId()).stream())
                .map(Resource::getName)
                .map(name -> name.substring(name.lastIndexOf('/') + 1))
                .toList();
        List<String> expected = new ArrayList<>();
        for (String folder : List.of("processes", "forms", "src/test/resources/processes", "src/test/resources/forms")) {
            expected.addAll(modelFiles(Path.of(folder)));
        }
        assertThat(expected).contains("SmokeTestProcess.bpmn", "smoke-review.form");
        assertThat(deployed).containsAll(expected);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("SmokeTestProcess").count()).isEqualTo(1);
    }

    @Test
    void everyFormIsDeployedUnderItsId() throws IOException {
        var json = new ObjectMapper();
        for (Path form : files(Path.of("forms"), ".form")) {
            String id = json.readTree(form.toFile()).get("id").asText();
            assertThat(form.getFileName().toString()).as("form id = file name").isEqualTo(id + ".form");
        }
    }

    private static List<String> modelFiles(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        for (String extension : List.of(".bpmn", ".dmn", ".form")) {
            files(folder, extension).forEach(path -> names.add(path.getFileName().toString()));
        }
        return names;
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> path.toString().endsWith(extension)).toList();
        }
    }
}
