package vn.phoihop.instances;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.stereotype.Service;
import vn.phoihop.security.EngineAsSystem;

/**
 * Comments on an instance, kept as Camunda comments so that Cockpit and Tasklist show them too.
 * Callers check {@link InstanceAccess} first.
 */
@Service
public class InstanceComments {

    static final int MAX_LENGTH = 2000;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final UserNames userNames;

    InstanceComments(TaskService taskService, RuntimeService runtimeService, EngineAsSystem engine,
                     UserNames userNames) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.userNames = userNames;
    }

    /** Newest first. */
    public List<CommentView> list(String processInstanceId) {
        List<Comment> comments = engine.call(() -> taskService.getProcessInstanceComments(processInstanceId));
        Map<String, String> names = userNames.of(comments.stream().map(Comment::getUserId).toList());
        return comments.stream()
                .sorted(Comparator.comparing(Comment::getTime).reversed())
                .map(c -> new CommentView(c.getId(), c.getTaskId(), names.getOrDefault(c.getUserId(), ""),
                        VietnamTime.of(c.getTime()), c.getFullMessage()))
                .toList();
    }

    /**
     * Adds a comment by the user the engine is authenticated as (the request's user). A task id
     * that is not an open task of this instance is dropped: the comment still belongs to the instance.
     *
     * @return the message code of the problem, or null when the comment was added
     */
    public String add(String processInstanceId, String taskId, String message) {
        if (message == null || message.isBlank()) {
            return "comment.error.blank";
        }
        if (message.length() > MAX_LENGTH) {
            return "comment.error.tooLong";
        }
        return engine.call(() -> {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
                return "comment.error.ended";
            }
            boolean openTask = taskId != null && !taskId.isBlank() && taskService.createTaskQuery()
                    .taskId(taskId).processInstanceId(processInstanceId).count() == 1;
            taskService.createComment(openTask ? taskId : null, processInstanceId, message.strip());
            return null;
        });
    }
}
