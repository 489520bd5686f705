package vn.phoihop.monitoring;

import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The engine's own figures for Prometheus: jobs executed and failed (what the engine has written to its
 * metrics table plus what it counts in memory until its next write), open incidents, and open tasks per
 * process, refreshed every {@value #REFRESH_MILLIS} ms by one grouped query so that a scrape never counts
 * a million tasks.
 */
@Component
class CamundaMetrics implements MeterBinder {

    static final long REFRESH_MILLIS = 30_000;
    private static final String OPEN_TASKS = """
            select D.KEY_ as process_key, count(*) as open_tasks from ACT_RU_TASK T
            join ACT_RE_PROCDEF D on D.ID_ = T.PROC_DEF_ID_ group by D.KEY_""";

    private final ManagementService management;
    private final RuntimeService runtime;
    private final MetricsRegistry engineMetrics;
    private final JdbcTemplate jdbc;
    private volatile MultiGauge openTasks;

    CamundaMetrics(ProcessEngine engine, JdbcTemplate jdbc) {
        this.management = engine.getManagementService();
        this.runtime = engine.getRuntimeService();
        this.engineMetrics = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getMetricsRegistry();
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("camunda.jobs.executed", this, metrics -> metrics.total(Metrics.JOB_SUCCESSFUL))
                .description("Jobs the engine executed successfully").register(registry);
        FunctionCounter.builder("camunda.jobs.failed", this, metrics -> metrics.total(Metrics.JOB_FAILED))
                .description("Job executions that failed").register(registry);
        Gauge.builder("camunda.incidents.open", runtime, service -> service.createIncidentQuery().count())
                .description("Open incidents").register(registry);
        openTasks = MultiGauge.builder("camunda.tasks.open").description("Open user tasks per process").register(registry);
        refreshOpenTasks();
    }

    @Scheduled(fixedDelay = REFRESH_MILLIS, initialDelay = REFRESH_MILLIS)
    void refreshOpenTasks() {
        MultiGauge gauge = openTasks;
        if (gauge == null) {
            return;
        }
        List<MultiGauge.Row<?>> rows = jdbc.query(OPEN_TASKS, (rs, row) -> MultiGauge.Row.of(Tags.of("process", rs.getString("process_key")),
                rs.getLong("open_tasks")));
        gauge.register(rows, true);
    }

    private double total(String name) {
        var meter = engineMetrics.getDbMeterByName(name);
        return management.createMetricsQuery().name(name).sum() + (meter == null ? 0 : meter.get());
    }
}
