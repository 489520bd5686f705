package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalBrowser;

/** The headers a browser gets with the portal's pages, from the real server. */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void portalPagesForbidInlineCodeFramingAndBrowserFeatures() throws Exception {
        var browser = new PortalBrowser(port);
        assertPortalHeaders(browser.get("/login"));
        browser.logIn("px05");
        assertPortalHeaders(browser.get("/tasks"));
        assertPortalHeaders(browser.get("/no-such-page"));
    }

    @Test
    void theModelEditorPageAloneMayStyleInlineButNeverRunsInlineScript() throws Exception {
        var admin = new PortalBrowser(port).logIn("admin");
        for (String path : List.of("/admin/processes/edit?deployment=none&resource=none.bpmn", "/admin/processes")) {
            List<String> policies = admin.get(path).headers().allValues("Content-Security-Policy");
            assertThat(policies).as(path).hasSize(1);
            List<String> directives = List.of(policies.get(0).split(";\\s*"));
            assertThat(directives).as(path).contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
            assertThat(policies.get(0)).as(path).doesNotContain("unsafe-eval");
        }
        assertThat(admin.get("/admin/processes/edit?deployment=none&resource=none.bpmn").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).contains("style-src 'self' 'unsafe-inline'"));
        assertThat(admin.get("/admin/processes").headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).doesNotContain("unsafe-inline"));
    }

    @Test
    void camundasWebappsKeepTheirOwnPolicyAlone() throws Exception {
        // Camunda's HttpHeaderSecurity filter writes its own policy (with a nonce for its scripts); a second
        // one would apply on top of it. Neither the status nor Camunda's header are asserted: after another
        // application context of this JVM has stopped (ProductionModeTest), Cockpit answers 500 without it.
        HttpResponse<String> cockpit = new PortalBrowser(port).logIn("admin").get("/camunda/app/cockpit/default/");

        List<String> policies = cockpit.headers().allValues("Content-Security-Policy");
        assertThat(policies).hasSizeLessThanOrEqualTo(1).doesNotContain(SecurityConfig.PORTAL_CONTENT_SECURITY_POLICY);
        assertThat(policies).allSatisfy(policy -> assertThat(policy).contains("'nonce-"));
    }

    private static void assertPortalHeaders(HttpResponse<String> response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertThat(policies).as(response.uri().toString()).hasSize(1);
        List<String> directives = List.of(policies.get(0).split(";\\s*"));
        assertThat(directives).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");
        assertThat(policies.get(0)).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
    }
}
