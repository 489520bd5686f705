package vn.phoihop.commendations;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The texts of one issuer's decisions, as written in {@code reference/decision-templates.yaml}:
 * what varies between issuers (parent body, authority, legal bases, who carries it out, the
 * recipients) is data an administrator adjusts; the layout of Decree 30 is {@link DecisionDocument}'s
 * and {@link DecisionPdf}'s. Lines are written without their closing punctuation, which
 * {@link DecisionContent} adds by their place in a list, so a line never ends in ";;" or "..".
 */
public record DecisionTemplate(String issuer, List<String> issuerLines, List<String> mottoLines, String place,
        String summary, String authority, List<String> legalBases, String award, String reason, String execution,
        String effect, List<String> signerLines, List<String> recipients) {

    public DecisionTemplate {
        Objects.requireNonNull(issuer, "issuer");
        requireLines(issuer, "issuerLines", issuerLines);
        requireLines(issuer, "mottoLines", mottoLines);
        requireLines(issuer, "signerLines", signerLines);
        for (var text : new String[] {place, summary, authority, award, reason, execution, effect}) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("Decision template " + issuer + " lacks a text: place, summary,"
                        + " authority, award, reason, execution and effect are all required");
            }
        }
        issuerLines = List.copyOf(issuerLines);
        mottoLines = List.copyOf(mottoLines);
        signerLines = List.copyOf(signerLines);
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The texts with {@code {name}} placeholders replaced; names not given stay as written. */
    public DecisionTemplate filled(Map<String, String> values) {
        UnaryOperator<String> fill = text -> {
            String result = text;
            for (var value : values.entrySet()) {
                result = result.replace("{" + value.getKey() + "}", value.getValue());
            }
            return result;
        };
        return new DecisionTemplate(issuer, issuerLines.stream().map(fill).toList(),
                mottoLines.stream().map(fill).toList(), fill.apply(place), fill.apply(summary),
                fill.apply(authority), legalBases.stream().map(fill).toList(), fill.apply(award), fill.apply(reason),
                fill.apply(execution), fill.apply(effect), signerLines.stream().map(fill).toList(),
                recipients.stream().map(fill).toList());
    }

    private static void requireLines(String issuer, String name, List<String> lines) {
        if (lines == null || lines.isEmpty() || lines.stream().anyMatch(line -> line == null || line.isBlank())) {
            throw new IllegalArgumentException("Decision template " + issuer + " needs " + name);
        }
    }

    record File(List<DecisionTemplate> decisionTemplates) {
    }
}
