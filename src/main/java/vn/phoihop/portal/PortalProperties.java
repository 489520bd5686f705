package vn.phoihop.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code phoihop.base-url} ({@code PHOIHOP_BASE_URL}): the portal's public address, for links that
 * leave the browser (e-mails).
 */
@ConfigurationProperties("phoihop")
public record PortalProperties(@DefaultValue("http://localhost:8080") String baseUrl) {

    /** The address without a trailing slash, ready for a path to be appended. */
    public String link(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }
}
