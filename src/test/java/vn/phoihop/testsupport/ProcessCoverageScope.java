package vn.phoihop.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Process coverage is measured by the process tests ({@code *ProcessTest}) only. The coverage
 * listener is registered for every test class by its jar; in a page or REST test the shared job
 * executor goes on running the steps a request left behind, and the listener's reading of the
 * recorded steps after each test then raced the job that was adding to them.
 */
@TestConfiguration(proxyBeanMethods = false)
class ProcessCoverageScope {

    @Bean
    @Primary
    ProcessEngineCoverageProperties processTestsOnly() {
        return ProcessEngineCoverageProperties.builder()
                .addInclusionPatternForTestClasses("*ProcessTest")
                .build();
    }

    /**
     * The plugin's listeners refuse to run without somewhere to record, and only a process test
     * class gives them one: until the first of them starts, the steps other tests take are
     * recorded nowhere.
     */
    @Bean
    InitializingBean recordNothingBeforeAProcessTest(ProcessEngine engine) {
        return () -> new ProcessEngineAdapter(engine, event -> { }).initializeListeners();
    }
}
