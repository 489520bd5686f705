package vn.phoihop.models;

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
 * Demo mode: imports the sample models (reference/samples, every name marked MẪU), two per member
 * organisation and one each for PX05 and PTTG, through the same all-or-nothing import as an
 * administrator's file, once: a restart finds them and leaves them alone.
 */
@Component
@Profile("demo")
@Order(StartupOrder.DEMO_MODELS)
class DemoModelsLoader implements StartupLoader {

    static final String SAMPLE = "reference/samples/models-2026-SAMPLE.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoModelsLoader.class);
    private static final PortalUser LOADER = new PortalUser("demo-loader", "Demo", List.of("camunda-admin"));

    private final ModelImport modelImport;
    private final MovementModelRepository models;

    DemoModelsLoader(ModelImport modelImport, MovementModelRepository models) {
        this.modelImport = modelImport;
        this.models = models;
    }

    @Override
    public void loadAtStartup() {
        if (models.findAll().stream().anyMatch(model -> model.getName().endsWith("(MẪU)"))) {
            return;
        }
        try {
            ImportReport report = modelImport.run("sample.csv", new ClassPathResource(SAMPLE).getContentAsByteArray(), LOADER);
            if (report.refused()) {
                throw new IllegalStateException("The sample models were refused: " + report.errors());
            }
            log.warn("DEMO MODE: {} sample models imported from {}", report.imported(), SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
