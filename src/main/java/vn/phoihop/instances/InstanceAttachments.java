package vn.phoihop.instances;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import vn.phoihop.attachments.AttachmentInfo;
import vn.phoihop.attachments.AttachmentService;

/** The instance's attachments with their uploaders' names, for the attachments fragment. */
@Service
public class InstanceAttachments {

    private final AttachmentService attachments;
    private final UserNames userNames;

    InstanceAttachments(AttachmentService attachments, UserNames userNames) {
        this.attachments = attachments;
        this.userNames = userNames;
    }

    /** Oldest first, as files were added to the dossier. Callers check {@link InstanceAccess} first. */
    public List<AttachmentView> list(String processInstanceId) {
        List<AttachmentInfo> files = attachments.list(processInstanceId);
        Map<String, String> names = userNames.of(files.stream().map(AttachmentInfo::uploadedBy).toList());
        return files.stream()
                .map(f -> new AttachmentView(f.id(), f.fileName(), f.sizeBytes(), names.get(f.uploadedBy()),
                        VietnamTime.of(f.uploadedAt()), f.taskId(), f.fieldKey()))
                .toList();
    }
}
