package vn.phoihop.engineapi;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Reads the JSON body of an engine API call the guard answers itself. The body is bounded: a
 * start form's files arrive base64-encoded inside it, so the bound is the portal's request limit
 * with base64's overhead, and a larger body is refused before it is read.
 */
@Component
class JsonBodies {

    /** spring.servlet.multipart.max-request-size (12 MB) as base64, plus room for the JSON around it. */
    static final long MAX_BODY_BYTES = 17L * 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();

    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("Request body over " + MAX_BODY_BYTES + " bytes");
        }
    }

    static final class MalformedBodyException extends IOException {
        MalformedBodyException(Throwable cause) {
            super("Request body is not JSON", cause);
        }
    }

    /** The body as JSON; an empty body reads as an empty object. */
    JsonNode read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes((int) MAX_BODY_BYTES + 1);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        if (bytes.length == 0) {
            return json.createObjectNode();
        }
        try {
            JsonNode node = json.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new MalformedBodyException(null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedBodyException(e);
        }
    }

    /** For answers that only name what was sent: no body, or one that is not JSON, reads as nothing. */
    JsonNode readOrNull(HttpServletRequest request) {
        try {
            return read(request);
        } catch (IOException unreadable) {
            return null;
        }
    }
}
