package vn.phoihop.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.units.UnitPages.ADMIN;
import static vn.phoihop.units.UnitPages.GO_DAU;
import static vn.phoihop.units.UnitPages.GO_DAU_POLICE;
import static vn.phoihop.units.UnitPages.PX05;
import static vn.phoihop.units.UnitPages.TAN_NINH;
import static vn.phoihop.units.UnitPages.TAN_NINH_FRONT;
import static vn.phoihop.units.UnitPages.TAN_NINH_POLICE;
import static vn.phoihop.units.UnitPages.unique;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.organizations.Organization;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalUsers;

/** The units registry through its pages: create, edit, deactivate, and who sees what. */
@IntegrationTest
class UnitRegistryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitRepository units;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganizationTree tree;

    @Test
    void aCommunePoliceCreatesEditsDeactivatesAndReactivatesItsUnit() throws Exception {
        UnitPages pages = new UnitPages(mvc);
        String code = unique("ap");
        pages.create(TAN_NINH, code, "RESIDENTIAL_AREA", "Khu phố 1 " + code, TAN_NINH_POLICE)
                .andExpect(redirectedUrl("/units/" + code)).andExpect(flash().attribute("info", "units.created"));
        Unit created = units.findById(code).orElseThrow();
        assertThat(created.getContactGroup()).isEqualTo("unit-" + code);
        assertThat(created.getCreatedBy()).isEqualTo("catanninh");
        assertThat(identityService.createGroupQuery().groupId("unit-" + code).count()).isEqualTo(1);
        assertThat(created.evaluationPeriod(2026).from()).isEqualTo(LocalDate.of(2025, 11, 1));

        long version = created.getVersion();
        pages.edit(TAN_NINH, code, version, "RESIDENTIAL_AREA", "Khu phố 1A " + code, TAN_NINH_POLICE)
                .andExpect(flash().attribute("info", "units.saved"));
        assertThat(units.findById(code).orElseThrow().getName()).isEqualTo("Khu phố 1A " + code);

        // someone else's edit came first: the old version is refused, what was typed stays
        Document stale = UnitPages.parse(pages.edit(TAN_NINH_FRONT, code, version, "RESIDENTIAL_AREA", "Tên cũ " + code, TAN_NINH_POLICE)
                .andExpect(status().isConflict()));
        assertThat(stale.select("#flash-error").text()).contains("người khác");
        assertThat(stale.select("#name").val()).isEqualTo("Tên cũ " + code);
        assertThat(units.findById(code).orElseThrow().getName()).isEqualTo("Khu phố 1A " + code);

        long current = units.findById(code).orElseThrow().getVersion();
        mvc.perform(post("/units/" + code + "/deactivate").with(csrf()).with(TAN_NINH).param("version", String.valueOf(current)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/units/" + code + "/deactivate").with(csrf()).with(TAN_NINH).param("version", String.valueOf(current))
                        .param("reason", "Sáp nhập vào khu phố 2"))
                .andExpect(flash().attribute("info", "units.deactivated"));
        Unit deactivated = units.findById(code).orElseThrow();
        assertThat(deactivated.isActive()).isFalse();
        assertThat(deactivated.getDeactivationReason()).isEqualTo("Sáp nhập vào khu phố 2");
        assertThat(pages.page("/units?active=false&q=" + code, TAN_NINH).select(".unit-row")).hasSize(1);
        assertThat(pages.page("/units?active=true&q=" + code, TAN_NINH).select(".unit-row")).isEmpty();

        mvc.perform(post("/units/" + code + "/reactivate").with(csrf()).with(TAN_NINH)
                        .param("version", String.valueOf(deactivated.getVersion())))
                .andExpect(flash().attribute("info", "units.reactivated"));
        assertThat(units.findById(code).orElseThrow().isActive()).isTrue();
        // no POST without the form's token
        mvc.perform(post("/units/" + code + "/deactivate").with(TAN_NINH).param("reason", "x")).andExpect(status().isForbidden());
    }

    @Test
    void aRefusedUnitComesBackWithWhatWasTypedAndSavesNothing() throws Exception {
        UnitPages pages = new UnitPages(mvc);
        long before = units.count();
        Document refused = UnitPages.parse(pages.create(TAN_NINH, "", "RESIDENTIAL_AREA", "x".repeat(201), GO_DAU_POLICE)
                .andExpect(status().isBadRequest()));
        assertThat(refused.select("#name.is-invalid").val()).isEqualTo("x".repeat(201));
        assertThat(refused.select("#name-error").text()).contains("200");
        assertThat(refused.select("#managingOrganization-error").text()).contains("không quản lý");

        // a district police of 2023 manages no unit in the tree in force today
        Document old = UnitPages.parse(pages.create(ADMIN, "", "SCHOOL", "Trường THCS " + unique("x"), "district-police-tptn")
                .andExpect(status().isBadRequest()));
        assertThat(old.select("#managingOrganization-error").text()).contains("district-police-tptn");
        assertThat(units.count()).isEqualTo(before);
    }

    @Test
    void theManagingLevelIsTheTreeInForceForTheDay() {
        assertThat(tree.managingOrganizationsOn(LocalDate.of(2023, 6, 1))).extracting(Organization::getCode)
                .contains("district-police-tptn").doesNotContain(TAN_NINH_POLICE);
        assertThat(tree.managingOrganizationsOn(LocalDate.of(2026, 6, 1))).extracting(Organization::getCode)
                .contains(TAN_NINH_POLICE, GO_DAU_POLICE).doesNotContain("district-police-tptn");
    }

    @Test
    void aManagingLevelSeesOnlyItsUnitsAndAUnitOnlyItself() throws Exception {
        UnitPages pages = new UnitPages(mvc);
        // other tests fill the shared registry: every list looks for this test's tag
        String tag = unique("scope");
        String tanNinh = tag + "-cq";
        String goDau = tag + "-dn";
        pages.create(PX05, tanNinh, "AGENCY", "Ủy ban phường " + tanNinh, TAN_NINH_POLICE).andExpect(status().is3xxRedirection());
        pages.create(ADMIN, goDau, "ENTERPRISE", "Công ty Gò Dầu " + goDau, GO_DAU_POLICE).andExpect(status().is3xxRedirection());

        Document list = pages.page("/units?q=" + tag, TAN_NINH);
        assertThat(list.select(".unit-row").eachAttr("data-unit-code")).contains(tanNinh).doesNotContain(goDau);
        assertThat(list.select("#nav-units[aria-current=page]")).hasSize(1);
        assertThat(pages.page("/units?lang=en&q=" + tag, TAN_NINH).select("h1").text()).startsWith("Units registered");
        mvc.perform(get("/units/" + goDau).with(TAN_NINH)).andExpect(status().isNotFound());
        pages.edit(TAN_NINH, goDau, 0, "ENTERPRISE", "Đổi tên", GO_DAU_POLICE).andExpect(status().isNotFound());
        // the Front of the same ward follows the same units
        assertThat(pages.page("/units?q=" + tag, TAN_NINH_FRONT).select(".unit-row").eachAttr("data-unit-code")).contains(tanNinh).doesNotContain(goDau);
        assertThat(pages.page("/units?q=" + tag, GO_DAU).select(".unit-row").eachAttr("data-unit-code")).contains(goDau).doesNotContain(tanNinh);

        // the unit's own group: itself, read-only
        var unitUser = PortalUsers.as("unit-user", "unit-" + tanNinh);
        assertThat(pages.page("/units?q=" + tag, unitUser).select(".unit-row").eachAttr("data-unit-code")).containsExactly(tanNinh);
        Document own = pages.page("/units/" + tanNinh, unitUser);
        assertThat(own.select("#save-unit")).isEmpty();
        mvc.perform(get("/units/" + goDau).with(unitUser)).andExpect(status().isNotFound());
        pages.edit(unitUser, tanNinh, units.findById(tanNinh).orElseThrow().getVersion(), "AGENCY", "Đổi tên", TAN_NINH_POLICE)
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/new").with(unitUser)).andExpect(status().isForbidden());
        mvc.perform(get("/units/import").with(unitUser)).andExpect(status().isForbidden());
        new UnitPages(mvc).upload(unitUser, "x.csv", UnitPages.csv("Loại,Tên,Đơn vị quản lý\nAGENCY,X," + TAN_NINH_POLICE + "\n"))
                .andExpect(status().isForbidden());

        // anyone else: not for them
        var member = PortalUsers.as("ldld", "member-ldld");
        mvc.perform(get("/units").with(member)).andExpect(status().isForbidden());
        assertThat(pages.page("/", member).select("#nav-units")).isEmpty();

        // the spreadsheet holds what the list holds
        byte[] xlsx = mvc.perform(get("/units/export.xlsx").param("q", tag).with(TAN_NINH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
            var codes = new java.util.ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(codes).contains(tanNinh).doesNotContain(goDau);
        }
    }
}
