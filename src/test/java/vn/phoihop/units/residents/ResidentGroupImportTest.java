package vn.phoihop.units.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * Resident groups as the ward police keeps them: a spreadsheet imported all or nothing, imported
 * again to update, counted against the plan's third; another commune sees none of them.
 */
@IntegrationTest
class ResidentGroupImportTest {

    private static final String HEADER = "Mã,Tên tổ,Xã/phường,Khu dân cư,Đơn vị quản lý,Tổ trưởng,Ban điều hành,Đã củng cố,"
            + "Chất lượng hoạt động,Số hộ,Số hộ được tuyên truyền\n";
    private static final String TAN_NINH_POLICE = "commune-police-tan-ninh";
    private static final RequestPostProcessor TAN_NINH = as("catanninh", TAN_NINH_POLICE);
    private static final RequestPostProcessor GO_DAU = as("cagodau2026", "commune-police-go-dau");

    @Autowired
    MockMvc mvc;
    @Autowired
    ResidentGroupRepository groups;
    @Autowired
    ResidentGroupProgress progress;

    @Test
    void aGoodFileIsImportedThenUpdatedAndCountedAgainstTheThird() throws Exception {
        String tag = tag();
        ResidentGroupProgress.Row before = tanNinh();
        upload(TAN_NINH, csv(tag + "-1,Tổ 1,Phường Tân Ninh,Khu phố 1," + TAN_NINH_POLICE + ",Nguyễn Văn A,\"Nguyễn Văn A; Trần Thị B\",Có,Tốt,45,40",
                tag + "-2,Tổ 2,Phường Tân Ninh,Khu phố 1," + TAN_NINH_POLICE + ",Lê Văn C,,Không,trung binh,50,20",
                tag + "-3,Tổ 3,Phường Tân Ninh,Khu phố 2," + TAN_NINH_POLICE + ",,,không,Yếu,30,0")).andExpect(status().isOk());
        assertThat(groups.findById(tag + "-1").orElseThrow().getQuality()).isEqualTo(GroupQuality.GOOD);
        assertThat(groups.findById(tag + "-2").orElseThrow().getQuality()).isEqualTo(GroupQuality.AVERAGE);
        ResidentGroupProgress.Row after = tanNinh();
        assertThat(after.groups() - before.groups()).isEqualTo(3);
        assertThat(after.consolidated() - before.consolidated()).isEqualTo(1);
        assertThat(after.households() - before.households()).isEqualTo(125);
        assertThat(after.informed() - before.informed()).isEqualTo(60);

        // the same codes again: updated, not added
        upload(TAN_NINH, csv(tag + "-2,Tổ 2,Phường Tân Ninh,Khu phố 1," + TAN_NINH_POLICE + ",Lê Văn C,Lê Văn C,Có,Khá,50,45"))
                .andExpect(status().isOk());
        ResidentGroup updated = groups.findById(tag + "-2").orElseThrow();
        assertThat(updated.isBoardConsolidated()).isTrue();
        assertThat(updated.getHouseholdsInformed()).isEqualTo(45);
        assertThat(tanNinh().groups()).isEqualTo(after.groups());
        assertThat(tanNinh().consolidated()).isEqualTo(after.consolidated() + 1);

        Document page = page("/units/resident-groups", TAN_NINH);
        assertThat(page.select("#groups .group-row[data-code=" + tag + "-2] .quality").text()).isEqualTo("Khá");
        assertThat(page.select("#group-progress .group-progress-row[data-org=" + TAN_NINH_POLICE + "] .target").text())
                .isEqualTo(tanNinh().meetsTarget() ? "Đạt" : "Chưa đạt");
        assertThat(page("/units/resident-groups", GO_DAU).select("#groups .group-row[data-code^=" + tag + "]")).isEmpty();
        assertThat(page("/units/resident-groups", as("px05", "px05")).select("#groups .group-row[data-code^=" + tag + "]")).hasSize(3);
    }

    @Test
    void aFileWithAnyBadRowSavesNothingAndSaysWhyRowByRow() throws Exception {
        String tag = tag();
        Document report = Jsoup.parse(upload(TAN_NINH, csv(
                tag + "-1,Tổ 1,,," + TAN_NINH_POLICE + ",,,Có,Tốt,45,40",
                tag + "-2,Tổ 2,,," + TAN_NINH_POLICE + ",,,có lẽ,Tốt,abc,10",
                tag + "-3,Tổ 3,,," + TAN_NINH_POLICE + ",,,Không,Xuất sắc,10,20",
                tag + "-1,Tổ 4,,,commune-police-go-dau,,,Không,Tốt,10,5",
                tag + "-5,Tổ 5,,,không-có-đơn-vị,,,Không,Tốt,-3,0"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString());
        assertThat(report.select("#import-errors .import-error")).extracting(row -> row.attr("data-row") + ":" + row.attr("data-code"))
                .contains("3:residents.error.yesNo", "3:residents.error.count", "4:residents.error.quality",
                        "4:residents.error.informedOverHouseholds", "5:imports.duplicateInFile",
                        "5:units.error.managingNotAllowed", "6:units.error.managingUnknown", "6:residents.error.count");
        assertThat(groups.findById(tag + "-1")).isEmpty();

        // wrong columns, a CSV not in UTF-8, no file: refused before any row
        upload(TAN_NINH, "Mã,Tên\nx,y\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableEntity());
        upload(TAN_NINH, (HEADER + tag + "-9,Tổ dân cư số 9,,," + TAN_NINH_POLICE + ",,,Có,Tốt,1,1\n")
                .getBytes(Charset.forName("windows-1258"))).andExpect(status().isBadRequest());
        assertThat(groups.findById(tag + "-9")).isEmpty();
        // another commune's group keeps its code and what it holds
        upload(GO_DAU, csv(tag + "-7,Tổ Gò Dầu,,,commune-police-go-dau,,,Có,Tốt,10,5")).andExpect(status().isOk());
        upload(TAN_NINH, csv(tag + "-7,Tổ 7,,," + TAN_NINH_POLICE + ",,,Có,Tốt,10,5")).andExpect(status().isUnprocessableEntity());
        assertThat(groups.findById(tag + "-7").orElseThrow().getName()).isEqualTo("Tổ Gò Dầu");
    }

    @Test
    void aUnitsOwnPeopleHaveNoResidentGroupsToKeep() throws Exception {
        mvc.perform(get("/units/resident-groups").with(as("kp1tanninh", "unit-tn-kp1"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/units/resident-groups/import").file(new MockMultipartFile("file", "g.csv", "text/csv",
                csv(tag() + "-1,Tổ 1,,," + TAN_NINH_POLICE + ",,,Có,Tốt,1,1"))).with(csrf()).with(as("kp1tanninh", "unit-tn-kp1")))
                .andExpect(status().isForbidden());
    }

    private ResidentGroupProgress.Row tanNinh() {
        return progress.of(java.util.List.of(TAN_NINH_POLICE)).stream().findFirst()
                .orElse(new ResidentGroupProgress.Row(TAN_NINH_POLICE, 0, 0, 0, 0));
    }

    private ResultActions upload(RequestPostProcessor user, byte[] content) throws Exception {
        return mvc.perform(multipart("/units/resident-groups/import")
                .file(new MockMultipartFile("file", "to-dan-cu.csv", "text/csv", content)).with(csrf()).with(user));
    }

    private static byte[] csv(String... rows) {
        return (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String tag() {
        return "tdc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Document page(String path, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
