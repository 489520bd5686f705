package vn.phoihop.modeler;

import java.util.UUID;

/** Small BPMN files the process administration's tests deploy, each under a key of its own. */
final class TestModels {

    private TestModels() {
    }

    /** Start, Task_First, end; {@code more} adds what follows Task_First instead of the end. */
    static String flow(String key, String firstName, String more) {
        String afterFirst = more.isEmpty()
                ? "<bpmn:sequenceFlow id=\"SequenceFlow_FirstDone\" sourceRef=\"Task_First\" targetRef=\"EndEvent_Migrated\"/>" : more;
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_%1$s" targetNamespace="http://phoihop.vn/bpmn">
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P30D">
                    <bpmn:startEvent id="StartEvent_Migrate"/>
                    <bpmn:userTask id="Task_First" name="%2$s" camunda:candidateGroups="px05" camunda:formRef="smoke-review" camunda:formRefBinding="latest"/>
                    <bpmn:endEvent id="EndEvent_Migrated"/>
                    <bpmn:sequenceFlow id="SequenceFlow_ToFirst" sourceRef="StartEvent_Migrate" targetRef="Task_First"/>
                    %3$s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, firstName, afterFirst);
    }

    static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    static String formRef(String formId) {
        return "camunda:formRef=\"" + formId + "\" camunda:formRefBinding=\"latest\"";
    }
}
