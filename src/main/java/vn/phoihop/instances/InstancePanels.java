package vn.phoihop.instances;

import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the instance page and the task page both show about a process instance: diagram,
 * comments, attachments and history. The caller has already checked that the user may see it.
 */
@Component
public class InstancePanels {

    private final InstanceComments comments;
    private final InstanceAttachments attachments;
    private final InstanceHistory history;

    InstancePanels(InstanceComments comments, InstanceAttachments attachments, InstanceHistory history) {
        this.comments = comments;
        this.attachments = attachments;
        this.history = history;
    }

    public void addTo(Model model, String instanceId) {
        // Camunda's history queries read a null instance id as "any instance": never ask them that.
        Objects.requireNonNull(instanceId, "instanceId");
        model.addAttribute("instanceId", instanceId);
        model.addAttribute("comments", comments.list(instanceId));
        model.addAttribute("attachments", attachments.list(instanceId));
        model.addAttribute("timeline", history.timeline(instanceId));
    }
}
