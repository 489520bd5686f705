package vn.phoihop.attachments;

/**
 * Makes an uploaded file's name safe to keep and to send back: only the base name (browsers on
 * Windows send whole paths, attackers send {@code ../../}), no control characters (header
 * injection), at most 200 characters with the extension kept. Nothing is ever written to disk
 * under this name; it is only shown and used in Content-Disposition.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static String clean(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        // "..", "." and names made of dots only would read as paths
        if (name.chars().allMatch(c -> c == '.')) {
            return "";
        }
        return shorten(name);
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
        int keep = MAX_LENGTH - suffix.length();
        return name.substring(0, name.offsetByCodePoints(0, keep)) + suffix;
    }
}
