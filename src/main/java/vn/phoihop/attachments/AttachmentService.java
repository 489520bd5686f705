package vn.phoihop.attachments;

import java.util.stream.Collectors;
import java.util.Map;
import java.util.HashMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.phoihop.security.PortalUser;

/**
 * Files attached to process instances, kept in the database. This service checks the file, not the
 * user: callers first make sure the user may see the instance ({@code InstanceAccess}) or work on
 * the task whose form carries the file.
 */
@Service
public class AttachmentService {

    private final AttachmentRepository attachments;
    private final DataSize maxSize;

    @Autowired
    AttachmentService(AttachmentRepository attachments, AttachmentProperties properties) {
        this(attachments, properties.maxSize());
    }

    AttachmentService(AttachmentRepository attachments, DataSize maxSize) {
        this.attachments = attachments;
        this.maxSize = maxSize;
    }

    /**
     * Stores a file for an instance, optionally for one of its tasks and one of the task form's
     * filepicker fields.
     *
     * @throws AttachmentRejectedException when the file is empty, too large, or not an accepted type
     */
    @Transactional
    public AttachmentInfo store(PortalUser user, String processInstanceId, String taskId, String fieldKey,
                                MultipartFile file) {
        CheckedFile checked = check(file);
        byte[] content = checked.content();
        var info = new AttachmentInfo(UUID.randomUUID().toString(), processInstanceId, blankToNull(taskId),
                blankToNull(fieldKey), checked.fileName(), checked.contentType(), content.length, sha256(content),
                user.id(), Instant.now());
        attachments.save(new Attachment(info, content));
        return info;
    }

    /** A file that passed the checks: its clean name, the type its content proves, its bytes. */
    record CheckedFile(String fileName, String contentType, byte[] content) {
    }

    /**
     * The rules every kept file obeys, attached or only pending: not empty, not too large, a type
     * whose content and name agree.
     *
     * @throws AttachmentRejectedException when the file breaks one
     */
    CheckedFile check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new AttachmentRejectedException("attachment.error.empty");
        }
        if (file.getSize() > maxSize.toBytes()) {
            throw new AttachmentRejectedException("attachment.error.tooLarge", maxSizeInMegabytes());
        }
        byte[] content = bytesOf(file);
        String fileName = FileNames.clean(file.getOriginalFilename());
        AttachmentType type = AttachmentType.of(fileName, content)
                .orElseThrow(() -> new AttachmentRejectedException("attachment.error.type"));
        return new CheckedFile(fileName, type.contentType, content);
    }

    /**
     * Stores the files of a form's file pickers; answers, per field key, the ids of its files
     * comma-separated, which is all the process keeps of them (variables stay small).
     */
    @Transactional
    public Map<String, Object> storeFormFiles(PortalUser user, String processInstanceId, String taskId,
                                              Map<String, List<MultipartFile>> files) {
        Map<String, Object> ids = new HashMap<>();
        files.forEach((key, chosen) -> ids.put(key, chosen.stream()
                .map(file -> store(user, processInstanceId, taskId, key, file).id())
                .collect(Collectors.joining(","))));
        return ids;
    }

    /** The instance's attachments, oldest first, without their bytes. */
    @Transactional(readOnly = true)
    public List<AttachmentInfo> list(String processInstanceId) {
        return attachments.findInfosByProcessInstanceId(processInstanceId);
    }

    @Transactional(readOnly = true)
    public Optional<AttachmentContent> open(String id) {
        return attachments.findById(id).map(a -> new AttachmentContent(a.info(), a.content()));
    }

    /** Whole megabytes for the message; the limit is configured in MB in practice. */
    public long maxSizeInMegabytes() {
        return Math.max(1, maxSize.toMegabytes());
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
