package vn.phoihop.propaganda;

import java.util.Locale;

/** The topics the plan names for propaganda (II.1, III.1.1); the form stores the code. */
public enum PropagandaTopic {
    LAW("law"), CRIME_METHODS("crime-methods"), SOCIAL_EVILS("social-evils"), DRUGS("drugs"), TRAFFIC_SAFETY("traffic-safety"),
    FIRE_PREVENTION("fire-prevention"), EPIDEMICS("epidemics"), GOOD_EXAMPLES("good-examples");

    private final String code;

    PropagandaTopic(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The topic of a form's code; refused with the form's message when unknown. */
    static PropagandaTopic of(Object code) {
        for (PropagandaTopic topic : values()) {
            if (topic.code.equals(code == null ? null : code.toString().toLowerCase(Locale.ROOT).strip())) {
                return topic;
            }
        }
        throw new vn.phoihop.forms.SubmissionRuleException("propaganda.error.topic");
    }
}
