package vn.phoihop.units.recognition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import vn.phoihop.instances.InstanceReaders;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.RecordSummary;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitRegistry;
import vn.phoihop.units.UnitScope;

/**
 * Beside each task of a recognition: the unit, the points per criterion group (the unit's and the
 * managing level's, with the reasons of the changes), the level and the opinions so far. Whoever
 * may see the unit in the registry may also read the instance.
 */
@Component
class RecognitionTaskSummary implements RecordSummary, InstanceReaders {

    private final RecognitionRepository recognitions;
    private final RecognitionService service;
    private final UnitRegistry units;
    private final UnitScope scope;

    RecognitionTaskSummary(RecognitionRepository recognitions, RecognitionService service, UnitRegistry units,
                           UnitScope scope) {
        this.recognitions = recognitions;
        this.service = service;
        this.units = units;
        this.scope = scope;
    }

    @Override
    public String processDefinitionKey() {
        return RecognitionProcessVariables.PROCESS_ID;
    }

    @Override
    public String template() {
        return "units/recognition-summary";
    }

    @Override
    public Optional<Object> of(String processInstanceId) {
        return recognitions.findByProcessInstanceId(processInstanceId)
                .map(recognition -> new Summary(recognition, units.find(recognition.unitCode()).orElseThrow(),
                        rows(recognition)));
    }

    @Override
    public boolean mayRead(PortalUser user, String processInstanceId) {
        return recognitions.findByProcessInstanceId(processInstanceId)
                .flatMap(recognition -> units.find(recognition.unitCode()))
                .map(unit -> scope.of(user).covers(unit)).orElse(false);
    }

    /** One row per criterion group of the sheet, with the points given so far. */
    private List<Row> rows(Recognition recognition) {
        SheetGroups groups = service.groups(recognition);
        Map<String, GroupScore> scores = recognition.scores().stream()
                .collect(Collectors.toMap(GroupScore::groupCode, Function.identity()));
        return groups.sheet().groups().stream().map(group -> {
            GroupScore score = scores.get(group.code());
            return new Row(group.code(), group.vi(), groups.maximumOf(group), score == null ? null : score.selfPoints(),
                    score == null ? null : score.assessedPoints(), score == null ? null : score.changeReason());
        }).toList();
    }

    /** What the fragment shows. */
    public record Summary(Recognition recognition, Unit unit, List<Row> rows) {
    }

    public record Row(String group, String name, BigDecimal maximum, BigDecimal selfPoints, BigDecimal assessedPoints,
                      String changeReason) {
    }
}
