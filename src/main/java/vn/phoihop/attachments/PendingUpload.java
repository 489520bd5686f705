package vn.phoihop.attachments;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;

import org.springframework.web.multipart.MultipartFile;

/**
 * A pending file handed to the form binder as if the browser had sent it again: the corrected form
 * is checked and stored exactly as a fresh upload. {@code id} tells {@link PendingFiles} it is kept already.
 */
public record PendingUpload(String id, String name, String originalFilename, String contentType, byte[] bytes)
        implements MultipartFile {

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
