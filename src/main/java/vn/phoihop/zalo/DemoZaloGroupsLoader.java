package vn.phoihop.zalo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.phoihop.imports.ImportReport;
import vn.phoihop.security.PortalUser;
import vn.phoihop.startup.StartupLoader;
import vn.phoihop.startup.StartupOrder;

/**
 * Demo mode: imports the sample Zalo groups (reference/samples, every name marked MẪU) through the same
 * all-or-nothing import as an administrator's file, once: a restart finds them and leaves them alone.
 */
@Component
@Profile("demo")
@Order(StartupOrder.DEMO_ZALO_GROUPS)
class DemoZaloGroupsLoader implements StartupLoader {

    static final String SAMPLE = "reference/samples/zalo-groups-2026-SAMPLE.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoZaloGroupsLoader.class);
    private static final PortalUser LOADER = new PortalUser("demo-loader", "Demo", List.of("camunda-admin"));

    private final ZaloGroupImport groupImport;
    private final ZaloGroupRepository groups;

    DemoZaloGroupsLoader(ZaloGroupImport groupImport, ZaloGroupRepository groups) {
        this.groupImport = groupImport;
        this.groups = groups;
    }

    @Override
    public void loadAtStartup() {
        if (groups.findAll().stream().anyMatch(group -> group.getName().endsWith("(MẪU)"))) {
            return;
        }
        try {
            ImportReport report = groupImport.run("sample.csv", new ClassPathResource(SAMPLE).getContentAsByteArray(), LOADER);
            if (report.refused()) {
                throw new IllegalStateException("The sample Zalo groups were refused: " + report.errors());
            }
            log.warn("DEMO MODE: {} sample Zalo groups imported from {}", report.imported(), SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
