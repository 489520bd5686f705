package vn.phoihop.reports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports' figure for the dashboard (plan IV): parts submitted by their due day, of all those asked in the year's reports. */
@Service
@Transactional(readOnly = true)
public class PeriodicReportProgress {

    private final PeriodicReportService reports;

    PeriodicReportProgress(PeriodicReportService reports) {
        this.reports = reports;
    }

    public Figures of(int year) {
        int asked = 0;
        int submitted = 0;
        int onTime = 0;
        for (PeriodicReport report : reports.ofYear(year)) {
            asked += report.organizations().size();
            submitted += (int) report.submittedCount();
            onTime += (int) report.onTimeCount();
        }
        return new Figures(year, asked, submitted, onTime);
    }

    public record Figures(int year, int partsAsked, int partsSubmitted, int partsOnTime) {
    }
}
