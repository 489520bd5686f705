package vn.phoihop.attachments;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, String> {

    @Query("""
            select new vn.phoihop.attachments.AttachmentInfo(a.id, a.processInstanceId, a.taskId, a.fieldKey, a.fileName,
                a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt)
            from Attachment a where a.processInstanceId = :processInstanceId order by a.uploadedAt, a.id""")
    List<AttachmentInfo> findInfosByProcessInstanceId(String processInstanceId);
}
