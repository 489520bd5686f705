package vn.phoihop.instances;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import vn.phoihop.attachments.AttachmentInfo;
import vn.phoihop.attachments.AttachmentService;
import vn.phoihop.forms.FormCatalog;
import vn.phoihop.forms.FormComponentType;

/** The instance's attachments with their uploaders' names, for the attachments fragment. */
@Service
public class InstanceAttachments {

    private final AttachmentService attachments;
    private final UserNames userNames;
    private final FormCatalog forms;

    InstanceAttachments(AttachmentService attachments, UserNames userNames, FormCatalog forms) {
        this.attachments = attachments;
        this.userNames = userNames;
        this.forms = forms;
    }

    /** Oldest first, as files were added to the dossier. Callers check {@link InstanceAccess} first. */
    public List<AttachmentView> list(String processInstanceId) {
        List<AttachmentInfo> files = attachments.list(processInstanceId);
        Map<String, String> names = userNames.of(files.stream().map(AttachmentInfo::uploadedBy).toList());
        Map<String, String> labels = fieldLabels();
        return files.stream()
                .map(f -> new AttachmentView(f.id(), f.fileName(), f.sizeBytes(), names.get(f.uploadedBy()),
                        VietnamTime.of(f.uploadedAt()), f.taskId(), f.fieldKey(), labels.get(f.fieldKey())))
                .toList();
    }

    /** The labels of the forms' file pickers by key, so the dossier says which file is the tờ trình. */
    private Map<String, String> fieldLabels() {
        Map<String, String> labels = new HashMap<>();
        forms.all().forEach(form -> form.fields().stream()
                .filter(field -> field.type() == FormComponentType.FILEPICKER && field.label() != null)
                .forEach(field -> labels.putIfAbsent(field.key(), field.label())));
        return labels;
    }
}
