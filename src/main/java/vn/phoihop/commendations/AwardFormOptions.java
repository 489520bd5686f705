package vn.phoihop.commendations;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.ReferenceOptionsSource;

/** The reference list {@code awardForms} a form may offer: the award-form codes, labelled for the locale. */
@Component
class AwardFormOptions implements ReferenceOptionsSource {

    static final String REFERENCE_NAME = "awardForms";

    private final AwardFormRepository awardForms;

    AwardFormOptions(AwardFormRepository awardForms) {
        this.awardForms = awardForms;
    }

    @Override
    public List<FormOption> options(String referenceName, Locale locale) {
        if (!REFERENCE_NAME.equals(referenceName)) {
            return List.of();
        }
        return awardForms.findAllByOrderBySortOrder().stream()
                .map(award -> new FormOption(award.name(locale), award.getCode())).toList();
    }
}
