package vn.phoihop.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.propaganda.PropagandaProgress;
import vn.phoihop.reports.PeriodicReportService;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.units.registration.RegistrationProgress;

/**
 * The lists of the plan's records come out as workbooks from the page's own link, with the figures the
 * page shows: the units' progress with its total, the propaganda confirmations with the reach, the model
 * inspections, the periodic reports; each to those who may read the list, an organisation its own rows.
 */
@IntegrationTest
class ListExportsTest {

    private static final RequestPostProcessor PX05 = as("px05", "px05");

    @Autowired
    MockMvc mvc;
    @Autowired
    RegistrationProgress registrations;
    @Autowired
    PropagandaProgress propaganda;
    @Autowired
    PeriodicReportService reports;

    @Test
    void everyListOfThePlansRecordsExportsItsFiguresToExcel() throws Exception {
        int year = ProvinceClock.today().getYear();
        for (String page : List.of("/units/progress", "/propaganda", "/models/inspections", "/reports")) {
            String link = Jsoup.parse(mvc.perform(get(page + "?year=" + year).with(PX05)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString()).select("#export-xlsx").attr("href");
            assertThat(link).as(page).isEqualTo(page + "/export.xlsx?year=" + year);
        }

        Sheet units = sheet("/units/progress/export.xlsx?year=" + year, PX05);
        assertThat(cells(units.getRow(0))).containsExactly("Đơn vị quản lý", "Đơn vị", "Đã đăng ký", "Lượt tự kiểm tra", "Đúng hạn", "Trễ hạn");
        RegistrationProgress.Row total = RegistrationProgress.total(registrations.of(year, null));
        Row last = units.getRow(units.getLastRowNum());
        assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
        assertThat((long) last.getCell(1).getNumericCellValue()).isEqualTo(total.units());
        assertThat((long) last.getCell(2).getNumericCellValue()).isEqualTo(total.registered());

        Sheet materials = sheet("/propaganda/export.xlsx?year=" + year, PX05);
        PropagandaProgress.Figures reach = propaganda.of(year);
        long reached = 0;
        for (int r = 1; r <= materials.getLastRowNum(); r++) {
            reached += (long) materials.getRow(r).getCell(6).getNumericCellValue();
        }
        // every material of the year is listed whatever its status; the progress counts the sent ones, which carry all the reach
        assertThat(reached).isEqualTo(reach.reached());

        Sheet inspections = sheet("/models/inspections/export.xlsx?year=" + year, PX05);
        assertThat(cells(inspections.getRow(0))).startsWith("Đợt kiểm tra", "Tổ chức", "Trạng thái");

        Sheet periodic = sheet("/reports/export.xlsx?year=" + year, PX05);
        assertThat(periodic.getLastRowNum()).isEqualTo(reports.ofYear(year).size());

        // an organisation gets its own rows only; a unit may not read the plan's lists
        Sheet own = sheet("/propaganda/export.xlsx?year=" + year, as("ldld", "member-ldld"));
        for (int r = 1; r <= own.getLastRowNum(); r++) {
            assertThat(own.getRow(r).getCell(3).getStringCellValue()).isEqualTo("Liên đoàn Lao động tỉnh");
        }
        mvc.perform(get("/reports/export.xlsx").with(as("kp1tanninh", "unit-tn-kp1"))).andExpect(status().isForbidden());
    }

    private Sheet sheet(String url, RequestPostProcessor user) throws Exception {
        byte[] body = mvc.perform(get(url).with(user)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            return workbook.getSheetAt(0);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }
}
