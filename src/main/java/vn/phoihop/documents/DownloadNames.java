package vn.phoihop.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Content-Disposition for files named in Vietnamese: an ASCII {@code filename} for old clients
 * and the exact name as RFC 5987 {@code filename*}, which every current browser prefers. Neither
 * can carry a quote, a slash or a line break, so no header can be injected through a name.
 */
public final class DownloadNames {

    private DownloadNames() {
    }

    public static String attachment(String name) {
        return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded(name);
    }

    /** "Quyết định 05-QĐ-CAT.docx" → "Quyet_dinh_05-QD-CAT.docx". */
    public static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String encoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
