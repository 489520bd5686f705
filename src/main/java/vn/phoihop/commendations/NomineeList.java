package vn.phoihop.commendations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.phoihop.forms.SubmissionRuleException;

/**
 * Reads the {@code nominees} variable that the proposal form's dynamic list writes (a list of maps
 * with the keys below) into {@link Nominee}s, numbered from 1. The form already validated what the
 * portal posts; this guards what arrives through the REST API or Camunda's Tasklist.
 */
final class NomineeList {

    static final String KIND = "kind";
    static final String NAME = "name";
    static final String JOB_TITLE = "jobTitle";
    static final String ORGANIZATION = "organizationName";
    static final String ACHIEVEMENT = "achievement";

    private static final int MAX_NOMINEES = 100;
    private static final int MAX_TEXT = 255;
    private static final int MAX_ACHIEVEMENT = 4000;

    private NomineeList() {
    }

    static List<NomineeEntry> from(Object variable) {
        if (!(variable instanceof Collection<?> items) || items.isEmpty() || items.size() > MAX_NOMINEES) {
            throw new SubmissionRuleException("commendation.error.nominees");
        }
        List<NomineeEntry> nominees = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof Map<?, ?> row)) {
                throw new SubmissionRuleException("commendation.error.nominees");
            }
            String kind = text(row, KIND, MAX_TEXT);
            if (!Nominee.COLLECTIVE.equals(kind) && !Nominee.INDIVIDUAL.equals(kind)) {
                throw new SubmissionRuleException("commendation.error.nominees");
            }
            String jobTitle = optional(row, JOB_TITLE);
            nominees.add(new NomineeEntry(kind, text(row, NAME, MAX_TEXT),
                    jobTitle == null || jobTitle.length() > MAX_TEXT ? null : jobTitle,
                    text(row, ORGANIZATION, MAX_TEXT), text(row, ACHIEVEMENT, MAX_ACHIEVEMENT)));
        }
        return nominees;
    }

    /** The options of the appraisal and approval checklists: value = position, label = who. */
    static List<Map<String, String>> options(Collection<Nominee> nominees) {
        return new ArrayList<>(nominees.stream()
                .map(nominee -> Map.of("label", nominee.label(), "value", Integer.toString(nominee.position())))
                .toList());
    }

    /** The rows as the proposal form's dynamic list holds them, for the revision form to edit. */
    static List<Map<String, String>> rows(Collection<Nominee> nominees) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Nominee nominee : nominees) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put(KIND, nominee.kind());
            row.put(NAME, nominee.name());
            row.put(JOB_TITLE, nominee.jobTitle() == null ? "" : nominee.jobTitle());
            row.put(ORGANIZATION, nominee.organizationName());
            row.put(ACHIEVEMENT, nominee.achievement());
            rows.add(row);
        }
        return rows;
    }

    private static String text(Map<?, ?> row, String key, int maxLength) {
        String value = optional(row, key);
        if (value == null || value.length() > maxLength) {
            throw new SubmissionRuleException("commendation.error.nominees");
        }
        return value;
    }

    private static String optional(Map<?, ?> row, String key) {
        Object value = row.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
