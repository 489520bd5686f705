package vn.phoihop.commendations;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import vn.phoihop.referencedata.ReferenceDataFiles;

/**
 * The decision templates of {@code reference/decision-templates.yaml}, by issuer code, read at
 * start-up so that a template with a missing text stops the start rather than the first issue.
 * They shape only decisions issued from then on: an issued decision is a kept file.
 */
@Component
public class DecisionTemplates {

    static final String FILE = "decision-templates.yaml";

    private final Map<String, DecisionTemplate> byIssuer = new ConcurrentHashMap<>();

    DecisionTemplates(ReferenceDataFiles files) {
        files.read(FILE, DecisionTemplate.File.class).decisionTemplates()
                .forEach(this::use);
    }

    public Optional<DecisionTemplate> of(String issuerCode) {
        return Optional.ofNullable(byIssuer.get(issuerCode));
    }

    /** Puts a template in force for its issuer, as a restart with an edited file would. */
    void use(DecisionTemplate template) {
        byIssuer.put(template.issuer(), template);
    }
}
