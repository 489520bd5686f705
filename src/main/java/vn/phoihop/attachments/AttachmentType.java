package vn.phoihop.attachments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types accepted, recognised by their content: a name ending in {@code .pdf} proves
 * nothing, and a browser's content type is whatever the sender wants. The name's extension must
 * also agree with the content, so that what users download opens in the program its name promises.
 */
enum AttachmentType {

    PDF("application/pdf", List.of("pdf")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Office files have a few dozen entries; a zip bomb of entries stops here. */
    private static final int MAX_ZIP_ENTRIES = 2000;
    private static final long MAX_INFLATED_BYTES = 100L * 1024 * 1024;

    final String contentType;
    final List<String> extensions;

    AttachmentType(String contentType, List<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    /** The type of a file whose content and name agree, if it is one we accept. */
    static Optional<AttachmentType> of(String fileName, byte[] content) {
        String extension = FileNames.extension(fileName);
        return detect(content).filter(type -> type.extensions.contains(extension));
    }

    static Optional<AttachmentType> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeType(content);
        }
        return Optional.empty();
    }

    /**
     * Looks for the entries that make a zip an Office document. Skipping an entry inflates it, so
     * the inflated bytes are counted too: a zip bomb costs at most {@link #MAX_INFLATED_BYTES}.
     */
    private static Optional<AttachmentType> officeType(byte[] content) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int count = 0; count < MAX_ZIP_ENTRIES && (entry = zip.getNextEntry()) != null; count++) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
                for (int read; (read = zip.read(buffer)) > 0; ) {
                    inflated += read;
                    if (inflated > MAX_INFLATED_BYTES) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!contentTypes || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? DOCX : XLSX);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
