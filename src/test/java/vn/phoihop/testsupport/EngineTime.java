package vn.phoihop.testsupport;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The engine's time in a process test: the clock stands still where the test puts it, timers and
 * asynchronous steps run when the test says so, and the clock is reset after each test, so that
 * nothing sleeps and nothing races the shared application's own job executor.
 *
 * <p>The job executor stays paused until the whole test class is done, not just the test: the
 * coverage listener reads what the engine recorded after each test and after the class, and a
 * job run meanwhile (a timer whose date the real clock has passed, an async step the test left)
 * would write to the list being read.
 *
 * <pre>
 * &#64;RegisterExtension
 * EngineTime time = EngineTime.pausedAt(START);
 * ...
 * time.set(plusMinutes(deadline, 1));
 * assertThat(time.runDueTimers(instance.getId())).isEqualTo(1);
 * </pre>
 */
public final class EngineTime implements BeforeEachCallback, AfterEachCallback {

    private final Date start;
    private final boolean pauseJobExecutor;
    private ProcessEngine engine;

    private EngineTime(Date start, boolean pauseJobExecutor) {
        this.start = start;
        this.pauseJobExecutor = pauseJobExecutor;
    }

    /** The clock at {@code start} and the job executor paused: timers and async steps run only when asked. */
    public static EngineTime pausedAt(Date start) {
        return new EngineTime(start, true);
    }

    /** The engine runs as usual; the test only moves the clock, which is reset after it. */
    public static EngineTime running() {
        return new EngineTime(null, false);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        engine = SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
        JobExecutor jobExecutor = jobExecutor();
        if (pauseJobExecutor && jobExecutor != null && jobExecutor.isActive()) {
            jobExecutor.shutdown();
            ExtensionContext testClass = context.getParent().orElseThrow();
            testClass.getStore(ExtensionContext.Namespace.create(EngineTime.class))
                    .put(JobExecutor.class, (ExtensionContext.Store.CloseableResource) jobExecutor::start);
        }
        if (start != null) {
            ClockUtil.setCurrentTime(start);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }

    public void set(Date now) {
        ClockUtil.setCurrentTime(now);
    }

    public Date now() {
        return ClockUtil.getCurrentTime();
    }

    /** Runs the instance's timers that are due by now; returns how many ran. */
    public int runDueTimers(String processInstanceId) {
        return run(management().createJobQuery().processInstanceId(processInstanceId).timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).list());
    }

    /** Runs the instance's asynchronous continuations waiting now; returns how many ran. */
    /** Runs the instance's async continuations, and those they lead to, until none is left; answers how many ran. */
    public int runAsyncSteps(String processInstanceId) {
        int ran = 0;
        for (List<Job> jobs = asyncSteps(processInstanceId); !jobs.isEmpty(); jobs = asyncSteps(processInstanceId)) {
            ran += run(jobs);
        }
        return ran;
    }

    public List<Job> asyncSteps(String processInstanceId) {
        return management().createJobQuery().processInstanceId(processInstanceId).messages().list();
    }

    private int run(List<Job> jobs) {
        jobs.forEach(job -> management().executeJob(job.getId()));
        return jobs.size();
    }

    private ManagementService management() {
        return engine.getManagementService();
    }

    private JobExecutor jobExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }
}
