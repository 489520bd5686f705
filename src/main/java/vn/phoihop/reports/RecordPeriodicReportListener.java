package vn.phoihop.reports;

import static vn.phoihop.reports.PeriodicReportProcessVariables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.phoihop.forms.FormDates;
import vn.phoihop.forms.FormNumbers;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.EngineUser;

/**
 * {@code StartEvent_ReportOpened} (end): PX05 or PTTG (the user the engine acts for) opens a report with
 * its year and due day, or the schedule does (no user: the job executor) for this year with the
 * schedule's due day. Every organisation that reports in the tree in force is asked.
 */
@Component
class RecordPeriodicReportListener implements ExecutionListener {

    private final PeriodicReportService service;
    private final PeriodicReportSchedule schedule;
    private final EngineUser engineUser;

    RecordPeriodicReportListener(PeriodicReportService service, PeriodicReportSchedule schedule, EngineUser engineUser) {
        this.service = service;
        this.schedule = schedule;
        this.engineUser = engineUser;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Optional<String> user = engineUser.current();
        ReportPeriod period = ReportPeriod.parse(execution.getVariable(PERIOD));
        int year;
        LocalDate dueOn;
        if (user.isPresent()) {
            year = FormNumbers.integer(execution.getVariable(YEAR), "reports.error.year");
            dueOn = FormDates.date(execution.getVariable(REPORTS_DUE_ON), "reports.error.dueOn");
        } else {
            year = ProvinceClock.today().getYear();
            dueOn = schedule.scheduledDueOn();
        }
        PeriodicReport report = service.opened(execution.getProcessInstanceId(), period, year, dueOn, user.orElse(null));
        execution.setProcessBusinessKey(report.id());
        execution.setVariable(REPORT_ID, report.id());
        execution.setVariable(REPORTING_ORGANIZATIONS, new ArrayList<>(report.organizations().stream().map(OrganizationReport::organization).toList()));
        execution.setVariable(REPORT_DUE_AT, Date.from(report.reportsDueAt()));
        execution.setVariable(REPORT_REMIND_AT, schedule.remindAt(report.reportsDueAt()));
        execution.setVariable(REPORTING_CLOSES_AT, schedule.closeAt(report.reportsDueOn()));
        execution.setVariable(RECORD_TITLE, report.title() + " (" + report.id() + ")");
    }
}
