package vn.phoihop.units;

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
 * Demo mode: imports the sample units of two sample communes (reference/samples, every name marked
 * MẪU), through the same all-or-nothing import as an administrator's file, once: a restart finds
 * them registered and leaves them alone.
 */
@Component
@Profile("demo")
@Order(StartupOrder.DEMO_UNITS)
class DemoUnitsLoader implements StartupLoader {

    static final String SAMPLE = "reference/samples/units-tan-ninh-2026-SAMPLE.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoUnitsLoader.class);
    private static final PortalUser LOADER = new PortalUser("demo-loader", "Demo", List.of("camunda-admin"));

    private final UnitImport unitImport;
    private final UnitRepository units;

    DemoUnitsLoader(UnitImport unitImport, UnitRepository units) {
        this.unitImport = unitImport;
        this.units = units;
    }

    @Override
    public void loadAtStartup() {
        if (units.existsById("tn-kp1")) {
            return;
        }
        try {
            ImportReport report = unitImport.run("sample.csv", new ClassPathResource(SAMPLE).getContentAsByteArray(), LOADER);
            if (report.refused()) {
                throw new IllegalStateException("The sample units were refused: " + report.errors());
            }
            log.warn("DEMO MODE: {} sample units imported from {}", report.imported(), SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
