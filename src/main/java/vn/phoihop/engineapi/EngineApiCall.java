package vn.phoihop.engineapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One request to Camunda's engine API, through either door: {@code /engine-rest/...} (also
 * {@code /engine-rest/engine/{name}/...}) or the webapps' {@code /camunda/api/engine/engine/{name}/...}.
 * The path is read segment by segment the way Jersey matches it (matrix parameters dropped,
 * percent-decoded), so that a spelling such as {@code task;x=1/42/complete} is judged as what it
 * reaches. A path that cannot be read that way is not a call ({@link #of} is empty) and is refused.
 */
record EngineApiCall(Door door, String method, List<String> segments) {

    enum Door {
        /** {@code /engine-rest}: HTTP Basic, no session. */
        REST,
        /** {@code /camunda/api/engine}: the webapps (Tasklist, Cockpit), session and Camunda's CSRF token. */
        WEBAPP
    }

    static final String REST_PREFIX = "/engine-rest";
    static final String WEBAPP_PREFIX = "/camunda/api/engine";

    static Optional<EngineApiCall> of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Door door;
        String rest;
        if (path.startsWith(REST_PREFIX + "/")) {
            door = Door.REST;
            rest = path.substring(REST_PREFIX.length() + 1);
        } else if (path.startsWith(WEBAPP_PREFIX + "/")) {
            door = Door.WEBAPP;
            rest = path.substring(WEBAPP_PREFIX.length() + 1);
        } else {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        String[] raw = rest.split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            String segment = raw[i];
            int matrix = segment.indexOf(';');
            segment = matrix >= 0 ? segment.substring(0, matrix) : segment;
            try {
                segment = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException badEscape) {
                return Optional.empty();
            }
            boolean trailingSlash = segment.isEmpty() && i == raw.length - 1 && i > 0;
            if (trailingSlash) {
                continue;
            }
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains("/")) {
                return Optional.empty();
            }
            segments.add(segment);
        }
        // Named engines: /engine-rest/engine/default/... and the webapps' /engine/default/...
        if (segments.size() >= 2 && segments.get(0).equals("engine")) {
            segments = segments.subList(2, segments.size());
        } else if (door == Door.WEBAPP) {
            return Optional.empty();
        }
        return Optional.of(new EngineApiCall(door, request.getMethod().toUpperCase(Locale.ROOT), List.copyOf(segments)));
    }

    boolean reads() {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    /**
     * Whether the path has these segments; {@code *} stands for any one segment (an id). So
     * {@code is("task", "*", "complete")} is {@code task/{id}/complete}.
     */
    boolean is(String... pattern) {
        if (pattern.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!pattern[i].equals("*") && !pattern[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    boolean mentions(String segment) {
        return segments.contains(segment);
    }

    String segment(int index) {
        return segments.get(index);
    }

    @Override
    public String toString() {
        return method + " " + String.join("/", segments);
    }
}
