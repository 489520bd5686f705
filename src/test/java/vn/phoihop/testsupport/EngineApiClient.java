package vn.phoihop.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls into the engine's two HTTP doors as a demo user would make them: {@code /engine-rest}
 * with HTTP Basic, and the webapps' {@code /camunda/api/engine/engine/default} with a session from
 * the portal's form login and Camunda's XSRF token, as Tasklist sends them.
 */
public final class EngineApiClient {

    public static final String WEBAPP_API = "/camunda/api/engine/engine/default";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final int port;
    private final String user;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private String xsrfToken;

    private EngineApiClient(int port, String user, boolean withSession) {
        this.port = port;
        this.user = user;
        this.http = withSession ? HttpClient.newBuilder().cookieHandler(cookies).build() : HttpClient.newHttpClient();
    }

    /** HTTP Basic on {@code /engine-rest}, no session. */
    public static EngineApiClient rest(int port, String user) {
        return new EngineApiClient(port, user, false);
    }

    /** Logged in through the portal's login page, holding Tasklist's XSRF token. */
    public static EngineApiClient webapp(int port, String user) throws IOException, InterruptedException {
        EngineApiClient client = new EngineApiClient(port, user, true);
        client.logIn();
        return client;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** {@code deployment/create} with one model file, as the desktop Camunda Modeler sends it. */
    public HttpResponse<String> deploy(String deploymentName, String fileName, String content) throws IOException, InterruptedException {
        String boundary = "----phoihop" + java.util.UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + deploymentName + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n"
                + "--" + boundary + "--\r\n";
        return send(request("/engine-rest/deployment/create").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send(request(path).DELETE());
    }

    /** A webapp call without the XSRF header, as a forged cross-site request would arrive. */
    public HttpResponse<String> postWithoutXsrf(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
        if (xsrfToken != null) {
            builder.header("X-XSRF-TOKEN", xsrfToken);
        } else {
            String credentials = Base64.getEncoder().encodeToString((user + ":" + DemoAccountsFile.PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + credentials);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void logIn() throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF_FIELD.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF field on the login page");
        }
        String form = "username=" + encode(user) + "&password=" + encode(DemoAccountsFile.PASSWORD) + "&_csrf="
                + encode(csrf.group(1) != null ? csrf.group(1) : csrf.group(2));
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login of " + user + " failed: " + login.statusCode());
        }
        // Camunda's CSRF filter hands out its token with the first read through the webapps' API.
        HttpResponse<String> profile = http.send(HttpRequest.newBuilder(uri(WEBAPP_API + "/user/" + user + "/profile")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        xsrfToken = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("No XSRF-TOKEN cookie from the webapps: " + profile.statusCode()
                        + " " + profile.headers().map() + " " + profile.body()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
