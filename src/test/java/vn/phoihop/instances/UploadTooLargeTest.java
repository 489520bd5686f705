package vn.phoihop.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalBrowser;

/**
 * A file over the multipart limit never reaches a controller, and MockMvc does not apply the
 * servlet container's limits: this goes through the real server as a browser would.
 */
@IntegrationTest
class UploadTooLargeTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    AttachmentService attachments;

    @Test
    void fileOverTheUploadLimitGetsA413PageInVietnamese() throws Exception {
        String instanceId = SmokeInstances.start(runtimeService);
        var browser = new PortalBrowser(port).logIn("px05");
        Document page = Jsoup.parse(browser.get("/instances/" + instanceId).body());
        String csrf = page.selectFirst("#attachments form input[name=_csrf]").val();

        // the CSRF token first, then the file, in the order the page's form sends them
        HttpResponse<String> response = browser.post("/instances/" + instanceId + "/attachments", new PortalBrowser.Multipart()
                .field("_csrf", csrf).file("file", "lon.pdf", "application/pdf", new byte[11 * 1024 * 1024]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).getElementById("error-detail").text())
                .isEqualTo("Tệp quá lớn: dung lượng tối đa là 10 MB.");
        assertThat(attachments.list(instanceId)).isEmpty();
    }
}
