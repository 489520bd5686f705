package vn.phoihop.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.phoihop.documents.Downloads;
import vn.phoihop.documents.Spreadsheet;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/**
 * The periodic reports {@code /reports}: each report of a year with the parts received, a report's
 * page (every part for those who read the plan whole, an organisation's own otherwise) and the
 * provincial report as Word, PDF and Excel for those who read the plan whole.
 */
@Controller
@RequestMapping("/reports")
class PeriodicReportController {


    private final PeriodicReportService reports;
    private final PlanReaders readers;
    private final OrganizationTree organizations;
    private final ProvincialReportFiles files;

    PeriodicReportController(PeriodicReportService reports, PlanReaders readers, OrganizationTree organizations,
                             ProvincialReportFiles files) {
        this.reports = reports;
        this.readers = readers;
        this.organizations = organizations;
        this.files = files;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Authentication authentication, Model model) {
        PlanReaders.Reader reader = visible(authentication);
        int shown = year == null ? ProvinceClock.today().getYear() : year;
        model.addAttribute("navSection", "reports");
        model.addAttribute("year", shown);
        model.addAttribute("reports", reports.ofYear(shown).stream().filter(report -> readable(report, reader)).toList());
        return "reports/list";
    }

    /** The year's reports the user may see, one row each with the parts received and on time. */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, Authentication authentication) {
        PlanReaders.Reader reader = visible(authentication);
        int shown = year == null ? ProvinceClock.today().getYear() : year;
        List<List<Object>> rows = reports.ofYear(shown).stream().filter(report -> readable(report, reader))
                .map(report -> Arrays.<Object>asList(report.id(), report.title(), report.status().name(), report.reportsDueOn().toString(),
                        report.organizations().size(), report.submittedCount(), report.onTimeCount())).toList();
        try (Spreadsheet workbook = new Spreadsheet()) {
            return Downloads.of(workbook.sheet("Báo cáo " + shown, List.of("Mã", "Báo cáo", "Trạng thái", "Hạn gửi", "Đơn vị phải gửi",
                    "Đã gửi", "Đúng hạn"), rows).bytes(), Downloads.XLSX, "bao-cao-" + shown + ".xlsx");
        }
    }

    @GetMapping("/{id}")
    String page(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        PlanReaders.Reader reader = visible(authentication);
        model.addAttribute("navSection", "reports");
        model.addAttribute("view", PeriodicReportView.of(readable(id, reader), reader, organizations.names(locale), reports::currentFigures));
        return "reports/page";
    }

    @GetMapping("/{id}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable String id, Authentication authentication) {
        ProvincialReportContent content = files.content(consolidated(id, authentication));
        return Downloads.of(files.docx(content), Downloads.DOCX, content.fileName() + ".docx");
    }

    @GetMapping("/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, Authentication authentication) {
        ProvincialReportContent content = files.content(consolidated(id, authentication));
        return Downloads.of(files.pdf(content), MediaType.APPLICATION_PDF, content.fileName() + ".pdf");
    }

    @GetMapping("/{id}/figures.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String id, Authentication authentication) {
        ProvincialReportContent content = files.content(consolidated(id, authentication));
        return Downloads.of(files.xlsx(content), Downloads.XLSX, content.fileName() + ".xlsx");
    }

    private PeriodicReport consolidated(String id, Authentication authentication) {
        PlanReaders.Reader reader = visible(authentication);
        if (!reader.whole()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        PeriodicReport report = readable(id, reader);
        if (report.summary() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return report;
    }

    private PeriodicReport readable(String id, PlanReaders.Reader reader) {
        return reports.find(id).filter(report -> readable(report, reader))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean readable(PeriodicReport report, PlanReaders.Reader reader) {
        return reader.whole() || report.organizations().stream().anyMatch(part -> reader.sees(part.organization()));
    }

    private PlanReaders.Reader visible(Authentication authentication) {
        PlanReaders.Reader reader = readers.of(PortalUser.of(authentication));
        if (!reader.seesAnything()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return reader;
    }
}
