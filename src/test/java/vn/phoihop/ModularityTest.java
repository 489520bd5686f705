package vn.phoihop;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each feature package under {@code vn.phoihop} is a module: others may use only its top-level
 * package (its API), and no two modules depend on each other in a circle. Also writes the module
 * picture (PlantUML, one diagram for all and one per module) to
 * {@code target/spring-modulith-docs}, so a reviewer sees which feature uses which.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PhoiHopApplication.class);

    @Test
    void featurePackagesRespectTheirBoundariesAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void writesTheModulePicture() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
