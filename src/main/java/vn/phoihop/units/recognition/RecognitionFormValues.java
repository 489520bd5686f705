package vn.phoihop.units.recognition;

import static vn.phoihop.units.recognition.RecognitionProcessVariables.ASSESSED_SCORES;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.GROUP_OPTIONS;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.GROUP_SCORES;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.ROW_GROUP;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.ROW_POINTS;
import static vn.phoihop.units.recognition.RecognitionProcessVariables.ROW_REASON;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.phoihop.forms.RecordFormValues;

/**
 * The recognition's forms shown from the record: the dossier offers one row per criterion group of
 * the unit's sheet for the year; the assessment starts from the unit's own points (or the last
 * assessment, after PX05 returned it); the appraisal and the decision show the level.
 */
@Component
class RecognitionFormValues implements RecordFormValues {

    static final String DOSSIER_FORM = "recognition-dossier";
    static final String ASSESSMENT_FORM = "recognition-assessment";
    static final Set<String> LEVEL_FORMS = Set.of("recognition-appraisal", "recognition-decision");
    static final String ASSESSED_LEVEL = "assessedLevel";

    private final RecognitionRepository recognitions;
    private final RecognitionService service;
    private final RecognitionLabels labels;

    RecognitionFormValues(RecognitionRepository recognitions, RecognitionService service, RecognitionLabels labels) {
        this.recognitions = recognitions;
        this.service = service;
        this.labels = labels;
    }

    @Override
    public Map<String, Object> values(String formId, String processInstanceId) {
        if (!formId.equals(DOSSIER_FORM) && !formId.equals(ASSESSMENT_FORM) && !LEVEL_FORMS.contains(formId)) {
            return Map.of();
        }
        return recognitions.findByProcessInstanceId(processInstanceId).map(recognition -> values(formId, recognition))
                .orElse(Map.of());
    }

    private Map<String, Object> values(String formId, Recognition recognition) {
        Map<String, Object> values = new HashMap<>();
        if (LEVEL_FORMS.contains(formId)) {
            if (recognition.level() != null) {
                values.put(ASSESSED_LEVEL, labels.levelWithTotal(recognition));
            }
            return values;
        }
        SheetGroups groups = service.groups(recognition);
        values.put(GROUP_OPTIONS, groups.sheet().groups().stream()
                .map(group -> Map.of("label", labels.groupOption(group, groups.maximumOf(group)), "value", group.code())).toList());
        if (formId.equals(DOSSIER_FORM)) {
            values.put(GROUP_SCORES, groups.sheet().groups().stream().map(group -> Map.of(ROW_GROUP, group.code())).toList());
        } else {
            values.put(ASSESSED_SCORES, assessedRows(recognition));
        }
        return values;
    }

    private static List<Map<String, Object>> assessedRows(Recognition recognition) {
        return recognition.scores().stream().map(score -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(ROW_GROUP, score.groupCode());
            BigDecimal points = score.assessedPoints() != null ? score.assessedPoints() : score.selfPoints();
            row.put(ROW_POINTS, points.stripTrailingZeros().toPlainString());
            if (score.changeReason() != null) {
                row.put(ROW_REASON, score.changeReason());
            }
            return row;
        }).toList();
    }
}
