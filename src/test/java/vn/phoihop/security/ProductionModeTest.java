package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.TestApplications;

/** Production mode is the one without the demo profile. */
@Tag("h2-only")
class ProductionModeTest {

    @TempDir
    Path data;

    @Test
    void refusesToStartWithoutAFirstAdministratorPassword() {
        assertThatThrownBy(() -> TestApplications.start(database()).close())
                .hasStackTraceContaining("PHOIHOP_ADMIN_PASSWORD");
    }

    @Test
    void createsTheFirstAdministratorFromTheEnvironment() {
        var properties = database();
        properties.put("phoihop.admin.password", "S3cret-for-test");
        try (var app = TestApplications.start(properties)) {
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isEqualTo(1);
            assertThat(identity.checkPassword("admin", "S3cret-for-test")).isTrue();
            assertThat(identity.createUserQuery().userId("px05").count()).as("no demo accounts outside demo mode").isZero();
        }
    }

    @Test
    void startsWithoutThePasswordOnceThereIsAnAdministrator() {
        var first = database();
        first.put("phoihop.admin.password", "S3cret-for-test");
        TestApplications.start(first).close();
        try (var app = TestApplications.start(database())) {
            assertThat(app.getBean(IdentityService.class).checkPassword("admin", "S3cret-for-test")).isTrue();
        }
    }

    @Test
    void refusesToStartWhileAnAccountHasTheDemoPassword() {
        try (var demo = TestApplications.start(database(), "demo")) {
            assertThat(demo.getBean(IdentityService.class).checkPassword("px05", DemoAccountsFile.PASSWORD)).isTrue();
        }
        var properties = database();
        properties.put("phoihop.admin.password", "S3cret-for-test");
        assertThatThrownBy(() -> TestApplications.start(properties).close())
                .hasStackTraceContaining("demo password")
                .hasStackTraceContaining("px05");
    }

    private Map<String, Object> database() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", TestApplications.h2File(data));
        return properties;
    }
}
