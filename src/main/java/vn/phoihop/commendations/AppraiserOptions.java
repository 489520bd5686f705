package vn.phoihop.commendations;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.ReferenceOptionsSource;
import vn.phoihop.security.Colleagues;

/** The reference list {@code appraisers}: the members of PX05, who may be given an overdue appraisal. */
@Component
class AppraiserOptions implements ReferenceOptionsSource {

    static final String REFERENCE_NAME = "appraisers";
    static final String APPRAISERS_GROUP = "px05";

    private final Colleagues colleagues;

    AppraiserOptions(Colleagues colleagues) {
        this.colleagues = colleagues;
    }

    @Override
    public List<FormOption> options(String referenceName, Locale locale) {
        if (!REFERENCE_NAME.equals(referenceName)) {
            return List.of();
        }
        return colleagues.inGroups(List.of(APPRAISERS_GROUP)).stream()
                .map(appraiser -> new FormOption(appraiser.name(), appraiser.id())).toList();
    }

    boolean isAppraiser(String userId) {
        return colleagues.inGroups(List.of(APPRAISERS_GROUP)).stream().anyMatch(appraiser -> appraiser.id().equals(userId));
    }
}
