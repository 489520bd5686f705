package vn.phoihop.commendations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.phoihop.documents.DocumentNumber;
import vn.phoihop.referencedata.ReferenceDataFiles;

/** Decisions made from the shipped templates, as {@link DecisionDrafts} makes them, for the writers' tests. */
final class DecisionContents {

    static final DecisionTemplates TEMPLATES = new DecisionTemplates(new ReferenceDataFiles());

    private DecisionContents() {
    }

    static DecisionContent of(String issuer, List<DecisionContent.Nominee> nominees) {
        return of(TEMPLATES.of(issuer).orElseThrow(), nominees);
    }

    static DecisionContent of(DecisionTemplate template, List<DecisionContent.Nominee> nominees) {
        DecisionTemplate text = template.filled(Map.of("subjects", DecisionContent.subjects(nominees),
                "award", "Giấy khen của Giám đốc Công an tỉnh", "proposer", "Liên đoàn Lao động tỉnh", "year", "2025"));
        return new DecisionContent(text, new DocumentNumber(template.issuer(), 2026, 5), LocalDate.of(2026, 1, 5),
                nominees, "Phạm Quốc Bảo");
    }

    static DecisionContent.Nominee individual(String name, String detail) {
        return new DecisionContent.Nominee(name, detail, false);
    }

    static DecisionContent.Nominee collective(String name, String detail) {
        return new DecisionContent.Nominee(name, detail, true);
    }
}
