package vn.phoihop.testsupport;

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

import org.jsoup.Jsoup;

/**
 * What a browser without JavaScript does against the real server: keeps its cookies, logs in through
 * the form, posts forms as browsers encode them. For what MockMvc does not go through: the servlet
 * container's limits, its error dispatch, the headers of the real response.
 */
public final class PortalBrowser {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final int port;

    public PortalBrowser(int port) {
        this.port = port;
    }

    public PortalBrowser logIn(String user) throws Exception {
        HttpResponse<String> login = logInAnswer(user);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        return this;
    }

    /** The answer to the login form's POST: its Location says where the portal sends the user next. */
    public HttpResponse<String> logInAnswer(String user) throws Exception {
        String csrf = Jsoup.parse(get("/login").body()).selectFirst("input[name=_csrf]").val();
        String form = "username=" + user + "&password=" + URLEncoder.encode(DemoAccountsFile.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return post("/login", form);
    }

    /** A cookie the server set, e.g. SESSION; null when there is none. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).GET());
    }

    /** An urlencoded form, {@code body} as in {@code a=1&b=2}. */
    public HttpResponse<String> post(String path, String body) throws Exception {
        return postFrom(origin(), path, body);
    }

    /** The same form posted by a page of {@code origin}, another site's when it is not the portal's. */
    public HttpResponse<String> postFrom(String origin, String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> post(String path, Multipart body) throws Exception {
        return send(HttpRequest.newBuilder(url(path)).header("Origin", origin())
                .header("Content-Type", "multipart/form-data; boundary=" + body.boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.withClosingBoundary())));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        // as browsers ask: error pages come as HTML, not as Spring Boot's JSON
        return http.send(request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Browsers send the page's origin with every POST. */
    private String origin() {
        return "http://localhost:" + port;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A multipart/form-data body, parts in the order they are added (a form's order in the page). */
    public static final class Multipart {

        private final String boundary = "----phoihop" + UUID.randomUUID();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        public Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        public Multipart file(String name, String fileName, String contentType, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            bytes.writeBytes(content);
            write("\r\n");
            return this;
        }

        private byte[] withClosingBoundary() {
            var body = new ByteArrayOutputStream();
            body.writeBytes(bytes.toByteArray());
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        }

        private void write(String text) {
            bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
