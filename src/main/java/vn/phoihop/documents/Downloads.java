package vn.phoihop.documents;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated file as a download, named in Vietnamese ({@link DownloadNames}) and never sniffed as another type. */
public final class Downloads {

    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    public static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private Downloads() {
    }

    public static ResponseEntity<byte[]> of(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).contentLength(body.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
