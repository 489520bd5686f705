package vn.phoihop.attachments;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file whose bytes are in memory, handed to the form binder like a file the browser sent: one sent
 * inside a REST call's JSON, or a pending file sent again with the corrected form. {@code pendingId}
 * names that pending file ({@link PendingFiles}), null for a file just received.
 */
public record UploadedFile(String pendingId, String name, String originalFilename, String contentType, byte[] bytes)
        implements MultipartFile {

    /** A file just received. */
    public UploadedFile(String name, String originalFilename, String contentType, byte[] bytes) {
        this(null, name, originalFilename, contentType, bytes);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getOriginalFilename() {
        return originalFilename;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public boolean isEmpty() {
        return bytes.length == 0;
    }

    @Override
    public long getSize() {
        return bytes.length;
    }

    @Override
    public byte[] getBytes() {
        return bytes.clone();
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void transferTo(File destination) throws IOException {
        Files.write(destination.toPath(), bytes);
    }
}
