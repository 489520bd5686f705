package vn.phoihop.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.io.ByteArrayInputStream;
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
import org.springframework.transaction.support.TransactionTemplate;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * The Zalo groups registry through HTTP: create with a first count, a link that is not Zalo's refused,
 * counts added over time and read back as growth, an organisation's own groups only, a leader reads,
 * all-or-nothing imports and the export; the group's rules without Spring.
 */
@IntegrationTest
class ZaloGroupRegistryTest {

    private static final RequestPostProcessor PX05 = as("px05", "px05");
    private static final RequestPostProcessor LDLD = as("ldld", "member-ldld");
    private static final RequestPostProcessor LHPN = as("lhpn", "member-lhpn");
    private static final RequestPostProcessor LEADER = as("bttmttq", "front-leaders");
    private static final String HEADER = "Tổ chức,Tên nhóm,Cấp,Liên kết tham gia,Số thành viên,Ngày đếm\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    ZaloGroupRepository groups;
    @Autowired
    ZaloGrowth growth;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void anOrganisationAddsItsGroupCountsItsMembersOverTimeAndTheGrowthAddsUp() throws Exception {
        int year = ProvinceClock.today().getYear();
        ZaloGrowth.Figures before = growth.of(year);
        String name = unique("Nhóm Zalo LĐLĐ");
        String id = idOf(create(LDLD, "ldld", name, "https://zalo.me/g/abc123", "100", year + "-01-01").andExpect(status().is3xxRedirection()));
        ZaloGroup group = groups.findById(id).orElseThrow();
        Document page = parse(mvc.perform(get("/zalo-groups/" + id).with(LDLD)).andExpect(status().isOk()));
        assertThat(page.select("#join-link").attr("href")).isEqualTo("https://zalo.me/g/abc123");
        mvc.perform(post("/zalo-groups/" + id + "/count").with(csrf()).with(LDLD).param("version", String.valueOf(group.getVersion()))
                .param("members", "160").param("countedOn", ProvinceClock.today().toString())).andExpect(status().is3xxRedirection());
        Document counted = parse(mvc.perform(get("/zalo-groups/" + id).with(LDLD)).andExpect(status().isOk()));
        assertThat(counted.select("#counts .count-row td.text-end").eachText()).containsExactly("160", "100");
        ZaloGrowth.Figures after = growth.of(year);
        assertThat(after.latest() - before.latest()).isEqualTo(160);
        // PX05 reads the same growth on the registry's page
        Document list = parse(mvc.perform(get("/zalo-groups").with(PX05)).andExpect(status().isOk()));
        assertThat(list.select("#growth-latest").text()).isEqualTo(String.valueOf(after.latest()));
        assertThat(after.atStart() - before.atStart()).isEqualTo(100);
        // a count in the future or below zero is refused with the values kept
        ZaloGroup now = groups.findById(id).orElseThrow();
        Document refused = parse(mvc.perform(post("/zalo-groups/" + id + "/count").with(csrf()).with(LDLD)
                .param("version", String.valueOf(now.getVersion())).param("members", "-1")).andExpect(status().isBadRequest()));
        assertThat(refused.select("#count-members").val()).isEqualTo("-1");
        mvc.perform(post("/zalo-groups/" + id + "/count").with(csrf()).with(LDLD).param("version", String.valueOf(now.getVersion()))
                .param("members", "5").param("countedOn", ProvinceClock.today().plusDays(3).toString())).andExpect(status().isBadRequest());
        // a stale form is a conflict
        mvc.perform(post("/zalo-groups/" + id + "/count").with(csrf()).with(LDLD).param("version", String.valueOf(group.getVersion()))
                .param("members", "170")).andExpect(status().isConflict());
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndWhy() throws Exception {
        Document refused = parse(create(PX05, "ldld", unique("Nhóm"), "javascript:alert(1)", "200001", null).andExpect(status().isBadRequest()));
        assertThat(refused.select("#joinLink-error").text()).contains("zalo.me");
        assertThat(refused.select("#members-error").text()).isNotBlank();
        assertThat(refused.select("input[name=joinLink]").val()).isEqualTo("javascript:alert(1)");
        Document noName = parse(create(PX05, "ldld", "", "https://zalo.me/g/x", null, null).andExpect(status().isBadRequest()));
        assertThat(noName.select("#name-error").text()).isNotBlank();
        parse(create(PX05, "ldld", unique("Nhóm"), "http://zalo.me/g/x", null, null).andExpect(status().isBadRequest()));
        parse(create(PX05, "ldld", unique("Nhóm"), "https://zalo.me.example.com/g/x", null, null).andExpect(status().isBadRequest()));
    }

    @Test
    void anOrganisationSeesAndManagesItsOwnGroupsOnlyAndALeaderReads() throws Exception {
        String own = idOf(create(LDLD, "ldld", unique("Của LĐLĐ"), null, null, null).andExpect(status().is3xxRedirection()));
        String others = idOf(create(LHPN, "lhpn", unique("Của Hội LHPN"), null, null, null).andExpect(status().is3xxRedirection()));
        parse(create(LDLD, "lhpn", unique("Giả"), null, null, null).andExpect(status().isBadRequest()));
        assertThat(parse(mvc.perform(get("/zalo-groups").with(LDLD)).andExpect(status().isOk())).select("#groups .group-row")
                .eachAttr("data-org")).isNotEmpty().containsOnly("ldld");
        mvc.perform(get("/zalo-groups/" + others).with(LDLD)).andExpect(status().isNotFound());
        mvc.perform(get("/zalo-groups/" + own).with(LEADER)).andExpect(status().isOk());
        ZaloGroup group = groups.findById(own).orElseThrow();
        mvc.perform(post("/zalo-groups/" + own + "/deactivate").with(csrf()).with(LEADER).param("version", String.valueOf(group.getVersion()))
                .param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/zalo-groups/" + own + "/deactivate").with(csrf()).with(LDLD).param("version", String.valueOf(group.getVersion())))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/zalo-groups/" + own + "/deactivate").with(csrf()).with(LDLD).param("version", String.valueOf(group.getVersion()))
                .param("reason", "Nhóm giải thể")).andExpect(status().is3xxRedirection());
        assertThat(groups.findById(own).orElseThrow().isActive()).isFalse();
        mvc.perform(get("/zalo-groups").with(as("kp1tanninh", "unit-tn-kp1"))).andExpect(status().isForbidden());
    }

    @Test
    void importsAreAllOrNothingAndTheExportCarriesTheLatestCount() throws Exception {
        String tag = unique("nhap");
        long before = groups.count();
        String bad = HEADER + "ldld,Tốt " + tag + ",Tỉnh,https://zalo.me/g/1,10,01/01/2026\n"
                + "ldld,Sai cấp " + tag + ",Quốc gia,,,\n"
                + "ldld,Sai link " + tag + ",Xã phường,ftp://zalo.me/g/2,,\n"
                + "khong-co,Sai tổ chức " + tag + ",Tỉnh,,,\n"
                + "ldld,tot " + tag.toUpperCase() + ",Tỉnh,,,\n";
        Document refused = parse(upload(PX05, "nhom.csv", bad).andExpect(status().isUnprocessableEntity()));
        assertThat(refused.select("#import-errors .import-error").eachAttr("data-row")).contains("3", "4", "5", "6");
        assertThat(groups.count()).isEqualTo(before);

        String good = HEADER + "ldld,Nhóm A " + tag + ",Tỉnh,https://zalo.me/g/a,120,01/01/2026\n"
                + "lhpn,Nhóm B " + tag + ",Tổ dân cư tự quản,,35,\n";
        Document done = parse(upload(PX05, "nhom.csv", good).andExpect(status().isOk()));
        assertThat(done.select("#import-done").text()).contains("2");
        transaction.executeWithoutResult(status -> {
            ZaloGroup a = groups.findAll().stream().filter(group -> group.getName().equals("Nhóm A " + tag)).findFirst().orElseThrow();
            assertThat(a.getLevel()).isEqualTo(ZaloGroupLevel.PROVINCE);
            assertThat(a.latestCount().orElseThrow().members()).isEqualTo(120);
            assertThat(a.latestCount().orElseThrow().countedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        });

        byte[] xlsx = mvc.perform(get("/zalo-groups/export.xlsx").param("q", tag).with(PX05)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(cell.getStringCellValue()));
                rows.add(cells);
            }
        }
        assertThat(rows.get(0)).startsWith("Tổ chức", "Tên nhóm", "Cấp");
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("Nhóm A " + tag, "120", "2026-01-01"));
    }

    @Test
    void theGroupsRulesHoldWithoutSpring() {
        ZaloGroup group = ZaloGroup.register("ZL-RULE-1", new ZaloGroupDetails("ldld", "Nhóm", ZaloGroupLevel.PROVINCE, null, null, null,
                null), "px05", Instant.now());
        assertThatThrownBy(() -> group.count(LocalDate.of(2026, 1, 1), -1, "px05", Instant.now())).isInstanceOf(SubmissionRuleException.class);
        assertThatThrownBy(() -> group.count(LocalDate.of(2026, 1, 1), 100_001, "px05", Instant.now())).isInstanceOf(SubmissionRuleException.class);
        group.count(LocalDate.of(2026, 1, 1), 10, "px05", Instant.now());
        group.count(LocalDate.of(2026, 3, 1), 30, "px05", Instant.now());
        group.count(LocalDate.of(2026, 1, 1), 12, "px05", Instant.now());
        assertThat(group.getCounts()).extracting(MemberCount::members).containsExactly(12, 30);
        assertThat(group.countOn(LocalDate.of(2026, 2, 1)).orElseThrow().members()).isEqualTo(12);
        assertThat(group.countOn(LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(ZaloGroupRules.isZaloLink("https://zalo.me/g/abc")).isTrue();
        assertThat(ZaloGroupRules.isZaloLink("javascript:alert(1)")).isFalse();
        assertThat(ZaloGroupRules.isZaloLink("https://evil.example/zalo.me")).isFalse();
        group.deactivate("Giải thể", "px05", Instant.now());
        assertThatThrownBy(() -> group.count(LocalDate.of(2026, 4, 1), 1, "px05", Instant.now())).isInstanceOf(SubmissionRuleException.class);
    }

    private ResultActions create(RequestPostProcessor user, String organization, String name, String link, String members, String countedOn)
            throws Exception {
        var request = post("/zalo-groups").with(csrf()).with(user).param("organization", organization).param("name", name)
                .param("level", "PROVINCE").param("area", "Tây Ninh");
        if (link != null) {
            request.param("joinLink", link);
        }
        if (members != null) {
            request.param("members", members);
        }
        if (countedOn != null) {
            request.param("countedOn", countedOn);
        }
        return mvc.perform(request);
    }

    private ResultActions upload(RequestPostProcessor user, String fileName, String content) throws Exception {
        return mvc.perform(multipart("/zalo-groups/import").file(new MockMultipartFile("file", fileName, "text/csv",
                content.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user));
    }

    private static String idOf(ResultActions created) {
        return created.andReturn().getResponse().getRedirectedUrl().substring("/zalo-groups/".length());
    }

    private static Document parse(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
