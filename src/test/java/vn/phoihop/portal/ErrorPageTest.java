package vn.phoihop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalBrowser;

/** The container's error dispatch, which MockMvc does not make: through the real server. */
@IntegrationTest
class ErrorPageTest {

    private static final String NOT_FOUND = "Không tìm thấy trang hoặc dữ liệu yêu cầu.";

    @LocalServerPort
    int port;

    @Test
    void errorAskedForDirectlyIsNotFound() throws Exception {
        assertPage(new PortalBrowser(port).get("/error"), 404, NOT_FOUND);
        assertPage(new PortalBrowser(port).logIn("px05").get("/error"), 404, NOT_FOUND);
    }

    @Test
    void realErrorsKeepTheirStatusOnThePortalsPage() throws Exception {
        // a form without its CSRF token, posted by another site
        assertPage(new PortalBrowser(port).postFrom("https://elsewhere.example", "/login", "username=px05&password=x"),
                403, "Bạn không có quyền truy cập trang này.");
        // the portal's own login page left open until its token went stale is shown again (forms.ExpiredSessionForms)
        HttpResponse<String> stale = new PortalBrowser(port).post("/login", "username=px05&password=x");
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(stale.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/login"));
        assertPage(new PortalBrowser(port).logIn("px05").get("/tasks/no-such-task"), 404, NOT_FOUND);
    }

    private static void assertPage(HttpResponse<String> response, int status, String heading) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo(heading);
    }
}
