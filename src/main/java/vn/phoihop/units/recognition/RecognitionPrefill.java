package vn.phoihop.units.recognition;

import static vn.phoihop.commendations.CommendationProcessVariables.NOMINEES;
import static vn.phoihop.commendations.CommendationProcessVariables.RECORD_TITLE;
import static vn.phoihop.commendations.CommendationProcessVariables.SOURCE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.phoihop.commendations.CommendationProcessVariables;
import vn.phoihop.processes.StartFormPrefill;
import vn.phoihop.security.PortalUser;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitRegistry;

/**
 * The commendation's start form for a recognised Xuất sắc unit
 * ({@code ?prefill=recognition:<id>}): the title, the source "unit-recognition" and the unit as the
 * one collective nominee with its achievement, all from the recognition and the unit registry. The
 * proposer still chooses the proposing organisation and the award form.
 */
@Component
class RecognitionPrefill implements StartFormPrefill {

    static final String SOURCE_UNIT_RECOGNITION = "unit-recognition";

    private final RecognitionCommendations commendations;
    private final UnitRegistry units;
    private final MessageSource messages;

    RecognitionPrefill(RecognitionCommendations commendations, UnitRegistry units, MessageSource messages) {
        this.commendations = commendations;
        this.units = units;
        this.messages = messages;
    }

    @Override
    public Optional<Map<String, Object>> values(String processKey, String reference, PortalUser user) {
        if (!CommendationProcessVariables.PROCESS_ID.equals(processKey) || reference == null
                || !reference.startsWith(RecognitionCommendations.PREFILL_PREFIX)) {
            return Optional.empty();
        }
        return commendations.proposable(reference.substring(RecognitionCommendations.PREFILL_PREFIX.length()), user)
                .map(this::values);
    }

    private Map<String, Object> values(Recognition recognition) {
        Unit unit = units.find(recognition.unitCode()).orElseThrow();
        Locale locale = LocaleContextHolder.getLocale();
        String total = recognition.assessedTotal().stripTrailingZeros().toPlainString();
        Map<String, Object> nominee = new LinkedHashMap<>();
        nominee.put("kind", "collective");
        nominee.put("name", unit.getName());
        nominee.put("organizationName", unit.getCommune() != null ? unit.getCommune() : unit.getName());
        nominee.put("achievement", messages.getMessage("units.recognition.prefill.achievement",
                new Object[] {String.valueOf(recognition.year()), total}, locale));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(RECORD_TITLE, messages.getMessage("units.recognition.prefill.title",
                new Object[] {String.valueOf(recognition.year())}, locale));
        values.put(SOURCE, SOURCE_UNIT_RECOGNITION);
        values.put(NOMINEES, new ArrayList<>(List.of(nominee)));
        return values;
    }
}
