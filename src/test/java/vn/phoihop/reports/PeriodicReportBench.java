package vn.phoihop.reports;

import static vn.phoihop.reports.PeriodicReportProcessVariables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import vn.phoihop.organizations.OrganizationGroups;
import vn.phoihop.portal.ProvinceClock;

/**
 * A yearly report of this year run to its consolidation in a benchmark's application, then timed: every
 * reporting organisation's figures counted as its part's form and submission count them, and the
 * provincial report's Word, PDF and Excel files written. For {@code vn.phoihop.bench.DashboardBenchmark}.
 */
public final class PeriodicReportBench {

    private PeriodicReportBench() {
    }

    public record Timing(int organizations, double figuresMillis, double filesMillis, int docxBytes, int pdfBytes, int xlsxBytes) {
    }

    public static Timing yearlyReport(ConfigurableApplicationContext app) {
        IdentityService identity = app.getBean(IdentityService.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        TaskService tasks = app.getBean(TaskService.class);
        OrganizationGroups groups = app.getBean(OrganizationGroups.class);
        PeriodicReportService reports = app.getBean(PeriodicReportService.class);
        int year = ProvinceClock.today().getYear();
        identity.setAuthentication("px05", List.of("px05"));
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_ID, Map.of(PERIOD, ReportPeriod.YEAR.name(), YEAR, (long) year,
                REPORTS_DUE_ON, ProvinceClock.today().plusDays(10).toString()));
        for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_SubmitOrganizationReport").list()) {
            String group = groups.groupOf((String) tasks.getVariable(task.getId(), ORGANIZATION));
            String user = "bench" + Long.toString(System.nanoTime() % 1_000_000, 36);
            identity.saveUser(identity.newUser(user));
            identity.createMembership(user, group);
            identity.setAuthentication(user, List.of(group));
            tasks.setVariablesLocal(task.getId(), Map.of(RESULTS, "Kết quả năm " + year + " của " + group));
            tasks.complete(task.getId());
        }
        identity.clearAuthentication();
        PeriodicReport report = reports.of(instance.getId());
        OrganizationFigures figures = app.getBean(OrganizationFigures.class);
        long counted = System.nanoTime();
        figures.of(report.organizations().stream().map(OrganizationReport::organization).toList(), year);
        double figuresMillis = (System.nanoTime() - counted) / 1e6;

        long written = System.nanoTime();
        ProvincialReportFiles files = app.getBean(ProvincialReportFiles.class);
        ProvincialReportContent content = files.content(reports.of(instance.getId()));
        byte[] docx = files.docx(content);
        byte[] pdf = files.pdf(content);
        byte[] xlsx = files.xlsx(content);
        double filesMillis = (System.nanoTime() - written) / 1e6;
        return new Timing(report.organizations().size(), figuresMillis, filesMillis, docx.length, pdf.length, xlsx.length);
    }
}
