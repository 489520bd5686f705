package vn.phoihop.modeler;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import vn.phoihop.testsupport.TestApplications;

/** A broken model in the models folder stops start-up with a message that names the file and the element. */
class BrokenModelStartupTest {

    @TempDir
    Path models;

    @Test
    void unparsableXmlNamesTheFile() throws IOException {
        Files.writeString(models.resolve("BrokenProcess.bpmn"), "<bpmn:definitions xmlns:bpmn=\"oops\"><unclosed>");
        assertStartFailsWith("BrokenProcess.bpmn");
    }

    @Test
    void formRefWithoutFormNamesFileAndElement() throws IOException {
        Files.writeString(models.resolve("MissingFormProcess.bpmn"),
                smokeModel().replace("camunda:formRef=\"smoke-review\"", "camunda:formRef=\"no-such-form\""));
        assertStartFailsWith("MissingFormProcess.bpmn", "Task_ReviewSmoke", "no-such-form");
    }

    @Test
    void delegateExpressionWithoutBeanNamesFileAndElement() throws IOException {
        Files.writeString(models.resolve("MissingBeanProcess.bpmn"), smokeModel()
                .replace("<bpmn:userTask id=\"Task_ReviewSmoke\"", "<bpmn:serviceTask id=\"Task_NotifySomeone\" camunda:delegateExpression=\"${noSuchDelegate}\"/>\n<bpmn:userTask id=\"Task_ReviewSmoke\""));
        assertStartFailsWith("MissingBeanProcess.bpmn", "Task_NotifySomeone", "noSuchDelegate");
    }

    @Test
    void listenerExpressionCallingAMissingMethodNamesFileElementAndMethod() throws IOException {
        Files.writeString(models.resolve("MissingMethodProcess.bpmn"), smokeModel().replace("<bpmn:userTask id=\"Task_ReviewSmoke\"",
                "<bpmn:serviceTask id=\"Task_RecordSomething\" camunda:expression=\"${execution.getId()}\"><bpmn:extensionElements><camunda:executionListener event=\"start\" "
                        + "expression=\"${workingDays.stauts(execution)}\"/></bpmn:extensionElements>"
                        + "</bpmn:serviceTask>\n<bpmn:userTask id=\"Task_ReviewSmoke\""));
        assertStartFailsWith("MissingMethodProcess.bpmn", "Task_RecordSomething", "stauts");
    }

    private void assertStartFailsWith(String... fragments) {
        String pattern = "file:" + models.toAbsolutePath() + "/*.bpmn";
        assertThatThrownBy(() -> TestApplications.start(Map.of(
                "camunda.bpm.deployment-resource-pattern", pattern + ",classpath*:forms/**/*.form"), "demo").close())
                .satisfies(e -> {
                    String messages = allMessages(e);
                    for (String fragment : fragments) {
                        org.assertj.core.api.Assertions.assertThat(messages).contains(fragment);
                    }
                });
    }

    private static String allMessages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String smokeModel() throws IOException {
        return new ClassPathResource("processes/SmokeTestProcess.bpmn").getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replace("id=\"SmokeTestProcess\"", "id=\"BrokenCopyProcess\"");
    }
}
