package vn.phoihop.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.phoihop.forms.FormOption;
import vn.phoihop.forms.ReferenceOptionsSource;
import vn.phoihop.testsupport.IntegrationTest;

/** The lists a form can name with properties.referenceData, from the loaded reference data. */
@IntegrationTest
class ReferenceDataOptionsTest {

    @Autowired
    ReferenceDataOptions options;
    @Autowired
    IdentityService identityService;
    @Autowired
    List<ReferenceOptionsSource> sources;

    @Test
    void memberOrganisationsByCodeInTheUsersLanguage() {
        assertThat(options.options("memberOrganizations", Locale.forLanguageTag("vi")))
                .extracting(FormOption::value).containsExactly("ldld", "lhpn", "doan", "ccb", "nd", "nct");
        assertThat(options.options("memberOrganizations", Locale.ENGLISH))
                .extracting(FormOption::label).contains("Provincial Women's Union");
    }

    @Test
    void myOrganisationsAreThoseOfTheCurrentUsersGroups() {
        identityService.setAuthentication("ldld", List.of("member-ldld"));
        try {
            assertThat(options.options("myOrganizations", Locale.forLanguageTag("vi")))
                    .extracting(FormOption::value).containsExactly("ldld");
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(options.options("myOrganizations", Locale.forLanguageTag("vi"))).isEmpty();
    }

    @Test
    void awardFormsComeFromTheirOwnSource() {
        assertThat(sources).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sources.stream().flatMap(source -> source.options("awardForms", Locale.forLanguageTag("vi")).stream()))
                // the reference file's, in its order; an administrator's additions follow
                .extracting(FormOption::value).startsWith("giay-khen-giam-doc-cat", "giay-khen-mttq-tinh",
                        "bang-khen-chu-tich-ubnd-tinh", "bang-khen-bo-truong-bca", "ky-niem-chuong-bvantq");
    }

    @Test
    void onlyOrganisationsInForceTodayAreOffered() {
        // the district level ended on 1 July 2025
        assertThat(options.options("districts", Locale.forLanguageTag("vi"))).isEmpty();
        assertThat(options.options("organizations", Locale.forLanguageTag("vi")))
                .extracting(FormOption::value).contains("px05", "pttg").doesNotContain("district-police-tanchau");
    }

    @Test
    void modelTypesOfThePlansFootnoteAndNothingForAnUnknownList() {
        assertThat(options.options("modelTypes", Locale.forLanguageTag("vi"))).hasSize(29)
                .first().isEqualTo(new FormOption("Tổ dân cư tự quản", "to-dan-cu-tu-quan"));
        assertThat(options.options("noSuchList", Locale.forLanguageTag("vi"))).isEmpty();
    }
}
