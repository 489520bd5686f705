package vn.phoihop.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.phoihop.units.UnitPages.ADMIN;
import static vn.phoihop.units.UnitPages.GO_DAU_POLICE;
import static vn.phoihop.units.UnitPages.TAN_NINH;
import static vn.phoihop.units.UnitPages.TAN_NINH_POLICE;
import static vn.phoihop.units.UnitPages.csv;
import static vn.phoihop.units.UnitPages.unique;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.testsupport.IntegrationTest;

/** Importing units from XLSX and CSV: good files, every kind of refused row, and 10,000 rows. */
@IntegrationTest
class UnitImportTest {

    private static final String HEADER = "Mã,Loại,Tên,Xã/phường,Đơn vị quản lý\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    UnitRepository units;

    @Test
    void aGoodCsvFileImportsEveryRowWithItsGroup() throws Exception {
        String tag = unique("csv");
        // columns in another order, an English header, a generated code, Excel's byte order mark and a quoted comma
        String file = "\uFEFFName,Loại,Đơn vị quản lý,Mã\n"
                + "\"Ấp Ninh Trung, " + tag + "\",Khu dân cư," + TAN_NINH_POLICE + "," + tag + "\n"
                + "Trường THCS " + tag + ",Cơ sở giáo dục," + TAN_NINH_POLICE + ",\n";
        Document done = UnitPages.parse(new UnitPages(mvc).upload(TAN_NINH, "don-vi.csv", csv(file)).andExpect(status().isOk()));
        assertThat(done.select("#import-done").text()).contains("2");
        Unit first = units.findById(tag).orElseThrow();
        assertThat(first.getName()).isEqualTo("Ấp Ninh Trung, " + tag);
        assertThat(first.getKind()).isEqualTo(UnitKind.RESIDENTIAL_AREA);
        assertThat(units.findAll()).filteredOn(u -> u.getName().equals("Trường THCS " + tag))
                .singleElement().satisfies(u -> assertThat(u.getCode()).startsWith("UNIT-"));
    }

    @Test
    void aGoodXlsxFileImports() throws Exception {
        String tag = unique("xlsx");
        byte[] xlsx = workbook(new String[][] {
                {"Mã", "Loại", "Tên", "Đơn vị quản lý", "Người liên hệ"},
                {tag, "AGENCY", "Công an phường " + tag, TAN_NINH_POLICE, "catanninh"}});
        new UnitPages(mvc).upload(TAN_NINH, "don-vi.xlsx", xlsx).andExpect(status().isOk());
        assertThat(units.findById(tag).orElseThrow().getContactUser()).isEqualTo("catanninh");
    }

    @Test
    void wrongColumnsAreReportedOnTheHeaderRow() throws Exception {
        Document refused = refused("Mã,Loại,Tên,Ghi chú\nx,AGENCY,Tên,\n", TAN_NINH);
        assertThat(errors(refused)).contains("1|Ghi chú|imports.unknownColumn", "1|Đơn vị quản lý|imports.missingColumn");
    }

    @Test
    void aWrongTypeOrATooLongCellIsReportedWithItsRowAndColumnAndNothingIsSaved() throws Exception {
        String tag = unique("bad");
        long before = units.count();
        Document refused = refused(HEADER
                + tag + "-1,AGENCY,Cơ quan tốt " + tag + ",," + TAN_NINH_POLICE + "\n"
                + tag + "-2,trạm xăng,Trạm " + tag + ",," + TAN_NINH_POLICE + "\n"
                + tag + "-3,SCHOOL," + "T".repeat(201) + ",," + TAN_NINH_POLICE + "\n", TAN_NINH);
        assertThat(errors(refused)).contains("3|Loại|units.error.kind", "4|Tên|imports.tooLong");
        assertThat(refused.select("#all-or-nothing").text()).isNotBlank();
        assertThat(units.count()).isEqualTo(before);
        assertThat(units.existsById(tag + "-1")).isFalse();
    }

    @Test
    void duplicatesWithinTheFileAndAgainstTheRegistryAreRefused() throws Exception {
        String tag = unique("dup");
        new UnitPages(mvc).create(TAN_NINH, tag, "SCHOOL", "Trường " + tag, TAN_NINH_POLICE).andExpect(status().is3xxRedirection());
        Document refused = refused(HEADER
                + tag + ",AGENCY,Khác " + tag + ",," + TAN_NINH_POLICE + "\n"
                + tag + "-b,school,TRƯỜNG " + tag + ",," + TAN_NINH_POLICE + "\n"
                + tag + "-c,AGENCY,Kho " + tag + ",," + TAN_NINH_POLICE + "\n"
                + tag + "-c,AGENCY,Kho khác " + tag + ",," + TAN_NINH_POLICE + "\n"
                + tag + "-e,AGENCY,Kho " + tag + ",," + TAN_NINH_POLICE + "\n", TAN_NINH);
        assertThat(errors(refused)).contains("2|Mã|imports.duplicateInRegistry", "3|Tên|imports.duplicateInRegistry",
                "5|Mã|imports.duplicateInFile", "6|Tên|imports.duplicateInFile");
        assertThat(refused.select(".import-error[data-row=5]").text()).contains("dòng 4");
    }

    @Test
    void anUnknownOrANotAllowedManagingOrganisationIsRefused() throws Exception {
        String tag = unique("org");
        Document refused = refused(HEADER
                + tag + "-1,AGENCY,A " + tag + ",,no-such-police\n"
                + tag + "-2,AGENCY,B " + tag + ",," + GO_DAU_POLICE + "\n"
                + tag + "-3,AGENCY,C " + tag + ",,district-police-tptn\n", TAN_NINH);
        assertThat(errors(refused)).contains("2|Đơn vị quản lý|units.error.managingUnknown",
                "3|Đơn vị quản lý|units.error.managingNotAllowed", "4|Đơn vị quản lý|units.error.managingUnknown");
    }

    @Test
    void aCsvFileNotInUtf8IsRefusedWithAMessage() throws Exception {
        byte[] latin1 = (HEADER.replace("Mã", "Ma") + "x,AGENCY,Café Hà Nội,," + TAN_NINH_POLICE + "\n").getBytes(StandardCharsets.ISO_8859_1);
        Document refused = UnitPages.parse(new UnitPages(mvc).upload(TAN_NINH, "don-vi.csv", latin1).andExpect(status().isBadRequest()));
        assertThat(refused.select("#flash-error").text()).contains("UTF-8");
    }

    @Test
    void tenThousandRowsImportInOneGo() throws Exception {
        String tag = unique("bulk");
        StringBuilder file = new StringBuilder(HEADER);
        String[] kinds = {"Khu dân cư", "Cơ quan", "Doanh nghiệp", "Cơ sở giáo dục", "Xã, phường, thị trấn"};
        for (int i = 0; i < 10_000; i++) {
            file.append(tag).append('-').append(i).append(",\"").append(kinds[i % kinds.length]).append("\",Đơn vị số ")
                    .append(i).append(' ').append(tag).append(",Phường Tân Ninh,").append(TAN_NINH_POLICE).append('\n');
        }
        long start = System.nanoTime();
        new UnitPages(mvc).upload(ADMIN, "10000.csv", csv(file.toString())).andExpect(status().isOk());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("UNITS IMPORT: 10,000 rows in %,d ms%n", millis);
        assertThat(units.existsById(tag + "-9999")).isTrue();
        assertThat(units.findAll()).filteredOn(u -> u.getCode().startsWith(tag)).hasSize(10_000);
    }

    private Document refused(String file, org.springframework.test.web.servlet.request.RequestPostProcessor user) throws Exception {
        return UnitPages.parse(new UnitPages(mvc).upload(user, "don-vi.csv", csv(file)).andExpect(status().isUnprocessableEntity()));
    }

    /** Each refused row as "row|column|message key". */
    private static java.util.List<String> errors(Document report) {
        return report.select(".import-error").stream()
                .map((Element row) -> row.attr("data-row") + "|" + row.select("td").get(1).text() + "|" + row.attr("data-code"))
                .toList();
    }

    private static byte[] workbook(String[][] rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
