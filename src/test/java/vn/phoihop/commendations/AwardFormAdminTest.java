package vn.phoihop.commendations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.util.Locale;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.forms.FormOption;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalPages;

/** The administrator adds an award form on its page; proposals offer it at once; the file's forms stay the file's. */
@IntegrationTest
class AwardFormAdminTest {

    private static final RequestPostProcessor ADMIN = as("admin", "camunda-admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    AwardFormRepository repository;
    @Autowired
    AwardFormOptions options;
    @Autowired
    ProcessEngine processEngine;

    @Test
    void anAddedAwardFormIsOfferedToProposersAndCanBeEdited() throws Exception {
        String code = "giay-khen-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(filled(post("/admin/award-forms"), code, "12").with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("info", "awardForms.added"));

        AwardForm added = repository.findById(code).orElseThrow();
        assertThat(added.getIssuerCode()).isEqualTo("UBND-H");
        assertThat(added.getAppraisalDays()).isEqualTo(12);
        assertThat(options.options("awardForms", Locale.forLanguageTag("vi"))).extracting(FormOption::value).contains(code);

        // a proposal for it runs: the decision table's last rule sends it to both sides
        Proposals proposals = new Proposals(processEngine);
        String proposal = proposals.propose("ldld", "member-ldld", "ldld", "Đề nghị " + code, code,
                Proposals.collective("Tổ hòa giải ấp 1", "Xã Long Thuận", "Hòa giải thành 12 vụ"));
        proposals.appraise(proposal, "Đạt", 1);
        assertThat(proposals.openTask(proposal, Proposals.POLICE_APPROVAL)).isNotNull();
        assertThat(proposals.openTask(proposal, Proposals.FRONT_APPROVAL)).isNotNull();

        Document edit = page("/admin/award-forms/" + code, ADMIN);
        assertThat(edit.select("input[name=nameVi]").val()).isEqualTo("Giấy khen của Chủ tịch UBND huyện");
        mvc.perform(filled(post("/admin/award-forms/" + code), code, "15").with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("info", "awardForms.saved"));
        assertThat(repository.findById(code).orElseThrow().getAppraisalDays()).isEqualTo(15);
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndSavesNothing() throws Exception {
        long before = repository.count();
        Document refused = Jsoup.parse(mvc.perform(filled(post("/admin/award-forms"), "Bad Code!", "", "ubnd", "abc")
                        .with(csrf()).with(ADMIN))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());

        assertThat(refused.select("#code.is-invalid").val()).isEqualTo("Bad Code!");
        assertThat(refused.select("#code-error").text()).contains("chữ thường");
        assertThat(refused.select("#nameVi.is-invalid")).hasSize(1);
        assertThat(refused.select("#issuerCode-error").text()).contains("chữ in hoa");
        assertThat(refused.select("#appraisalDays-error").text()).isNotBlank();
        assertThat(refused.select("#issuingBody").val()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN X");
        assertThat(repository.count()).isEqualTo(before);

        mvc.perform(filled(post("/admin/award-forms"), "giay-khen-giam-doc-cat", "10").with(csrf()).with(ADMIN))
                .andExpect(status().isBadRequest());
        mvc.perform(filled(post("/admin/award-forms"), "qua-lau-" + UUID.randomUUID().toString().substring(0, 6), "61")
                .with(csrf()).with(ADMIN)).andExpect(status().isBadRequest());
    }

    @Test
    void theReferenceFilesFormsAreReadOnlyHereAndOnlyAdministratorsComeIn() throws Exception {
        Document list = page("/admin/award-forms", ADMIN);
        assertThat(list.select("tr.award-form[data-code=giay-khen-giam-doc-cat] .badge")).hasSize(1);
        assertThat(list.select("tr.award-form[data-code=giay-khen-giam-doc-cat] a.edit-award-form")).isEmpty();
        mvc.perform(get("/admin/award-forms/giay-khen-giam-doc-cat").with(ADMIN)).andExpect(status().isNotFound());
        mvc.perform(filled(post("/admin/award-forms/giay-khen-giam-doc-cat"), "giay-khen-giam-doc-cat", "30")
                .with(csrf()).with(ADMIN)).andExpect(status().isNotFound());

        mvc.perform(get("/admin/award-forms").with(as("px05", "px05"))).andExpect(status().isForbidden());
        mvc.perform(filled(post("/admin/award-forms"), "giay-khen-px05", "10").with(csrf()).with(as("px05", "px05")))
                .andExpect(status().isForbidden());
        mvc.perform(filled(post("/admin/award-forms"), "giay-khen-no-csrf", "10").with(ADMIN)).andExpect(status().isForbidden());
        assertThat(repository.existsById("giay-khen-px05")).isFalse();
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String code, String days) {
        return filled(request, code, "Giấy khen của Chủ tịch UBND huyện", "UBND-H", days);
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String code, String nameVi,
                                                        String issuer, String days) {
        return request.param("code", code).param("nameVi", nameVi)
                .param("nameEn", "Certificate of Merit of the District Chairman").param("issuerCode", issuer)
                .param("issuingBody", "ỦY BAN NHÂN DÂN HUYỆN X").param("signerTitle", "CHỦ TỊCH")
                .param("appraisalDays", days);
    }

    private Document page(String url, RequestPostProcessor user) throws Exception {
        return PortalPages.page(mvc, url, user);
    }
}
