package vn.phoihop.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.testsupport.DemoAccountsFile;
import vn.phoihop.testsupport.IntegrationTest;

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

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void fileOverTheUploadLimitGetsA413PageInVietnamese() throws Exception {
        String instanceId = SmokeInstances.start(runtimeService);
        logIn("px05");
        Document page = Jsoup.parse(get("/instances/" + instanceId).body());
        String csrf = page.selectFirst("#attachments form input[name=_csrf]").val();

        HttpResponse<String> response = postFile("/instances/" + instanceId + "/attachments", csrf, "lon.pdf",
                new byte[11 * 1024 * 1024]);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(response.body()).getElementById("error-detail").text())
                .isEqualTo("Tệp quá lớn: dung lượng tối đa là 10 MB.");
        assertThat(attachments.list(instanceId)).isEmpty();
    }

    private void logIn(String user) throws Exception {
        String csrf = Jsoup.parse(get("/login").body()).selectFirst("input[name=_csrf]").val();
        String form = "username=" + user + "&password=" + URLEncoder.encode(DemoAccountsFile.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    /** Fields in the order the page's form sends them: the CSRF token first, then the file. */
    private HttpResponse<String> postFile(String path, String csrf, String fileName, byte[] content) throws Exception {
        String boundary = "----phoihop" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.send(HttpRequest.newBuilder(url(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
