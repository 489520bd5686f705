package vn.phoihop.organizations;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.phoihop.startup.StartupLoader;
import vn.phoihop.startup.StartupOrder;

/**
 * In demo mode, imports the SAMPLE communes file as an administrator would, so that the demo
 * accounts of a commune police (reference/demo-users.yaml) have their groups and a commune can be
 * a managing level. Never in production: the real list is the province's to import.
 */
@Component
@Profile("demo")
@Order(StartupOrder.DEMO_COMMUNES)
class DemoCommunesLoader implements StartupLoader {

    static final String SAMPLE = "reference/samples/communes-tay-ninh-2026-SAMPLE.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoCommunesLoader.class);

    private final CommuneImport communeImport;

    DemoCommunesLoader(CommuneImport communeImport) {
        this.communeImport = communeImport;
    }

    @Override
    public void loadAtStartup() {
        try {
            var report = communeImport.run("sample.csv", new ClassPathResource(SAMPLE).getContentAsByteArray());
            log.warn("DEMO MODE: {} sample communes imported from {}", report.imported(), SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
