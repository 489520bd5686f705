package vn.phoihop.attachments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files chosen in a form that was not sent yet, per user and form place ({@code task:<id>},
 * {@code start:<process key>}). They obey the rules of attachments (size, type proven by content)
 * and are only ever read back by the user who chose them.
 */
@Service
public class PendingFiles {

    /** A pending file as the form shows it, without its bytes. */
    public record Kept(String id, String fieldKey, String fileName, long sizeBytes) {
    }

    /** A chosen file that was not kept, and why (an {@code attachment.error.*} message). */
    public record Refusal(String fieldKey, String fileName, String messageCode, Object[] messageArguments) {
    }

    private final PendingFileRepository files;
    private final AttachmentService attachments;

    PendingFiles(PendingFileRepository files, AttachmentService attachments) {
        this.files = files;
        this.attachments = attachments;
    }

    @Transactional(readOnly = true)
    public List<Kept> list(String userId, String place) {
        return files.findLiveInfos(userId, place, Instant.now());
    }

    /** The user's pending files of this place among {@code ids}, per field key, ready for the form binder. */
    @Transactional(readOnly = true)
    public Map<String, List<MultipartFile>> open(String userId, String place, Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        return files.findLive(userId, place, Instant.now()).stream().filter(file -> wanted.contains(file.id()))
                .collect(Collectors.groupingBy(PendingFile::fieldKey, LinkedHashMap::new,
                        Collectors.mapping(file -> (MultipartFile) file.upload(), Collectors.toList())));
    }

    /**
     * Makes {@code chosen} the place's pending files: those already pending ({@link UploadedFile#pendingId()}) are
     * kept until {@code expiresAt}, the new ones are checked and stored, every other pending file of the
     * user's place is removed.
     *
     * @return the new files that break a rule, which are not kept
     */
    @Transactional
    public List<Refusal> replace(String userId, String place, Map<String, List<MultipartFile>> chosen, Instant expiresAt) {
        Set<String> stillChosen = chosen.values().stream().flatMap(List::stream)
                .map(PendingFiles::pendingId).filter(Objects::nonNull).collect(Collectors.toSet());
        for (PendingFile file : files.findLive(userId, place, Instant.now())) {
            if (stillChosen.contains(file.id())) {
                file.extendTo(expiresAt);
            } else {
                files.delete(file);
            }
        }
        List<Refusal> refusals = new ArrayList<>();
        Instant now = Instant.now();
        chosen.forEach((fieldKey, list) -> list.stream().filter(file -> pendingId(file) == null).forEach(file -> {
            try {
                files.save(new PendingFile(UUID.randomUUID().toString(), userId, place, fieldKey,
                        attachments.check(file), now, expiresAt));
            } catch (AttachmentRejectedException e) {
                refusals.add(new Refusal(fieldKey, file.getOriginalFilename(), e.getMessageCode(), e.getMessageArguments()));
            }
        }));
        return refusals;
    }

    private static String pendingId(MultipartFile file) {
        return file instanceof UploadedFile uploaded ? uploaded.pendingId() : null;
    }

    /** The user's pending files of this place, e.g. when the user discards the draft. */
    @Transactional
    public void discard(String userId, String place) {
        files.deleteByUserAndPlace(userId, place);
    }

    /** Everyone's pending files of this place: the task is done, no one can send its form any more. */
    @Transactional
    public void discardAll(String place) {
        files.deleteByPlace(place);
    }

    @Transactional
    public int purgeExpired(Instant now) {
        return files.deleteExpired(now);
    }
}
