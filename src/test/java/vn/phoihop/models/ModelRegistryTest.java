package vn.phoihop.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * The movement models registry as its users drive it through HTTP: PX05 creates, edits, deactivates
 * and reactivates; a refused form keeps what was typed; a stale one is a conflict; a member
 * organisation sees and manages its own models only; a leader reads; imports are all or nothing and
 * the export is a file the import takes back.
 */
@IntegrationTest
class ModelRegistryTest {

    private static final RequestPostProcessor PX05 = as("px05", "px05");
    private static final RequestPostProcessor LDLD = as("ldld", "member-ldld");
    private static final RequestPostProcessor LHPN = as("lhpn", "member-lhpn");
    private static final RequestPostProcessor LEADER = as("bgdca", "police-leaders");
    private static final String HEADER = "Loại mô hình,Tên mô hình,Tổ chức xây dựng,Xã/phường,Ngày bắt đầu,Ban điều hành\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    MovementModelRepository models;

    @Test
    void px05CreatesEditsDeactivatesAndReactivatesAModel() throws Exception {
        String name = unique("Tổ tự quản");
        ResultActions created = create(PX05, "to-dan-cu-tu-quan", name, "ldld", "2021-05-01").andExpect(status().is3xxRedirection());
        String id = created.andReturn().getResponse().getRedirectedUrl().substring("/models/".length());
        MovementModel model = models.findById(id).orElseThrow();
        assertThat(model.getId()).matches("MH-\\d{4}-\\d{4}");
        assertThat(model.getBoardMembers()).isEqualTo("Nguyễn Văn A\nTrần Thị B");
        assertThat(model.getStartedOn()).isEqualTo(LocalDate.of(2021, 5, 1));

        // the same organisation, type and name again (other case, no diacritics) is a duplicate
        Document duplicate = parse(create(PX05, "to-dan-cu-tu-quan", name.toUpperCase(), "ldld", null).andExpect(status().isBadRequest()));
        assertThat(duplicate.select("#name-error").text()).contains("cùng loại và cùng tên");

        mvc.perform(post("/models/" + id).with(csrf()).with(PX05).param("version", String.valueOf(model.getVersion()))
                .param("type", "camera-phong-chong-toi-pham").param("name", name + " mới").param("sponsor", "ldld"))
                .andExpect(status().is3xxRedirection());
        MovementModel edited = models.findById(id).orElseThrow();
        assertThat(edited.getTypeCode()).isEqualTo("camera-phong-chong-toi-pham");
        // the form of the first version is stale now: a conflict, the values typed kept
        Document stale = parse(mvc.perform(post("/models/" + id).with(csrf()).with(PX05).param("version", String.valueOf(model.getVersion()))
                .param("type", "to-dan-cu-tu-quan").param("name", "Tên cũ").param("sponsor", "ldld")).andExpect(status().isConflict()));
        assertThat(stale.select("input[name=name]").val()).isEqualTo("Tên cũ");

        mvc.perform(post("/models/" + id + "/deactivate").with(csrf()).with(PX05).param("version", String.valueOf(edited.getVersion())))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/models/" + id + "/deactivate").with(csrf()).with(PX05).param("version", String.valueOf(edited.getVersion()))
                .param("reason", "Ngừng hoạt động từ 2026")).andExpect(status().is3xxRedirection());
        MovementModel deactivated = models.findById(id).orElseThrow();
        assertThat(deactivated.isActive()).isFalse();
        assertThat(deactivated.getDeactivationReason()).isEqualTo("Ngừng hoạt động từ 2026");
        mvc.perform(post("/models/" + id + "/reactivate").with(csrf()).with(PX05).param("version", String.valueOf(deactivated.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(models.findById(id).orElseThrow().isActive()).isTrue();
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndWhy() throws Exception {
        Document refused = parse(mvc.perform(post("/models").with(csrf()).with(PX05).param("type", "khong-co").param("name", "")
                .param("sponsor", "ldld").param("commune", "Xã Thạnh Đức").param("startedOn", "2999-01-01")
                .param("boardMembers", "Nguyễn Văn A")).andExpect(status().isBadRequest()));
        assertThat(refused.select("#type-error").text()).isNotBlank();
        assertThat(refused.select("#name-error").text()).isNotBlank();
        assertThat(refused.select("#startedOn-error").text()).isNotBlank();
        assertThat(refused.select("input[name=commune]").val()).isEqualTo("Xã Thạnh Đức");
        assertThat(refused.select("textarea[name=boardMembers]").text()).isEqualTo("Nguyễn Văn A");
        Document tooLong = parse(create(PX05, "to-dan-cu-tu-quan", "x".repeat(256), "ldld", null).andExpect(status().isBadRequest()));
        assertThat(tooLong.select("#name-error").text()).contains("255");
    }

    @Test
    void aMemberOrganisationSeesAndManagesItsOwnModelsOnlyAndALeaderReads() throws Exception {
        String own = idOf(create(LDLD, "to-dan-cu-tu-quan", unique("LĐLĐ"), "ldld", null).andExpect(status().is3xxRedirection()));
        String others = idOf(create(LHPN, "to-dan-cu-tu-quan", unique("Hội LHPN"), "lhpn", null).andExpect(status().is3xxRedirection()));
        // not for another organisation
        Document notAllowed = parse(create(LDLD, "to-dan-cu-tu-quan", unique("Giả"), "lhpn", null).andExpect(status().isBadRequest()));
        assertThat(notAllowed.select("#sponsor-error").text()).isNotBlank();
        List<String> listed = parse(mvc.perform(get("/models").with(LDLD)).andExpect(status().isOk()))
                .select("#models .model-row").eachAttr("data-sponsor");
        assertThat(listed).isNotEmpty().containsOnly("ldld");
        mvc.perform(get("/models/" + others).with(LDLD)).andExpect(status().isNotFound());
        mvc.perform(post("/models/" + others + "/deactivate").with(csrf()).with(LDLD).param("version", "0").param("reason", "x"))
                .andExpect(status().isNotFound());
        // a leader reads every model and changes none
        mvc.perform(get("/models/" + own).with(LEADER)).andExpect(status().isOk());
        MovementModel model = models.findById(own).orElseThrow();
        mvc.perform(post("/models/" + own + "/deactivate").with(csrf()).with(LEADER).param("version", String.valueOf(model.getVersion()))
                .param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(get("/models/new").with(LEADER)).andExpect(status().isForbidden());
        mvc.perform(get("/models").with(as("kp1tanninh", "unit-tn-kp1"))).andExpect(status().isForbidden());
    }

    @Test
    void aGoodFileImportsEveryRowAndTheExportImportsBack() throws Exception {
        String tag = unique("nhap");
        String file = "\uFEFF" + HEADER
                + "Tổ dân cư tự quản,Tổ " + tag + ",ldld,Phường Tân Ninh,01/03/2021,Nguyễn Văn A; Trần Thị B\n"
                + "\"Camera phòng, chống tội phạm\",Camera " + tag + ",lhpn,,2022-01-10,\n";
        Document done = parse(upload(PX05, "mo-hinh.csv", file.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk()));
        assertThat(done.select("#import-done").text()).contains("2");
        MovementModel first = models.findAll().stream().filter(model -> model.getName().equals("Tổ " + tag)).findFirst().orElseThrow();
        assertThat(first.getTypeCode()).isEqualTo("to-dan-cu-tu-quan");
        assertThat(first.getStartedOn()).isEqualTo(LocalDate.of(2021, 3, 1));
        assertThat(first.getBoardMembers()).isEqualTo("Nguyễn Văn A\nTrần Thị B");

        byte[] xlsx = mvc.perform(get("/models/export.xlsx").param("q", tag).with(PX05)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(cells);
            }
            assertThat(rows.get(0)).startsWith("Loại mô hình", "Tên mô hình", "Tổ chức xây dựng");
            assertThat(rows).extracting(row -> row.get(1)).contains("Tổ " + tag, "Camera " + tag);
            // the exported file, renamed, imports back: the columns are the import's
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    row.getCell(1).setCellValue(row.getCell(1).getStringCellValue() + " bản sao");
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Document again = parse(upload(PX05, "mo-hinh.xlsx", out.toByteArray()).andExpect(status().isUnprocessableEntity()));
            // its id and state columns are not the import's: refused by header, nothing saved
            assertThat(again.select("#import-errors .import-error").eachAttr("data-code")).contains("imports.unknownColumn");
        }
    }

    @Test
    void aFileWithBadRowsIsRefusedRowByRowAndNothingIsSaved() throws Exception {
        String tag = unique("xau");
        long before = models.count();
        String file = HEADER
                + "Tổ dân cư tự quản,Tốt " + tag + ",ldld,,,\n"
                + "Không có loại này,Sai loại " + tag + ",ldld,,,\n"
                + "Tổ dân cư tự quản,,ldld,,,\n"
                + "Tổ dân cư tự quản,Sai tổ chức " + tag + ",khong-co,,,\n"
                + "Tổ dân cư tự quản,Sai ngày " + tag + ",ldld,,31/02/2021,\n"
                + "Tổ dân cư tự quản,tot " + tag.toUpperCase() + ",ldld,,,\n";
        Document refused = parse(upload(PX05, "mo-hinh.csv", file.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableEntity()));
        assertThat(refused.select("#import-errors .import-error").eachAttr("data-row")).contains("3", "4", "5", "6", "7");
        assertThat(refused.select("#import-errors .import-error[data-row=7]").attr("data-code")).isEqualTo("imports.duplicateInFile");
        assertThat(models.count()).isEqualTo(before);
        // a member organisation imports for itself only
        Document forOther = parse(upload(LDLD, "mo-hinh.csv", (HEADER + "Tổ dân cư tự quản,Khác " + tag + ",lhpn,,,\n")
                .getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableEntity()));
        assertThat(forOther.select("#import-errors .import-error").attr("data-code")).isEqualTo("models.error.sponsorNotAllowed");
        upload(PX05, "mo-hinh.txt", "x".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest());
    }

    @Test
    void theModelsRulesHoldWithoutSpring() {
        MovementModel model = MovementModel.register("MH-RULE-1", new ModelDetails("to-dan-cu-tu-quan", "Tổ", "ldld", null, null, null, null),
                "px05", Instant.now());
        assertThatThrownBy(() -> model.deactivate(" ", "px05", Instant.now())).isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> model.reactivate("px05", Instant.now())).isInstanceOf(SubmissionRuleException.class);
        model.deactivate("Ngừng", "px05", Instant.now());
        assertThatThrownBy(() -> model.change(new ModelDetails("to-dan-cu-tu-quan", "Mới", "ldld", null, null, null, null), "px05",
                Instant.now())).isInstanceOf(SubmissionRuleException.class);
        assertThat(model.isSponsoredBy("ldld")).isTrue();
        assertThat(model.isSponsoredBy("lhpn")).isFalse();
    }

    private ResultActions create(RequestPostProcessor user, String type, String name, String sponsor, String startedOn) throws Exception {
        var request = post("/models").with(csrf()).with(user).param("type", type).param("name", name).param("sponsor", sponsor)
                .param("boardMembers", "Nguyễn Văn A\nTrần Thị B");
        if (startedOn != null) {
            request.param("startedOn", startedOn);
        }
        return mvc.perform(request);
    }

    private ResultActions upload(RequestPostProcessor user, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart("/models/import").file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                .with(csrf()).with(user));
    }

    private static String idOf(ResultActions created) {
        return created.andReturn().getResponse().getRedirectedUrl().substring("/models/".length());
    }

    private static Document parse(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
