package vn.phoihop.tasks;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.security.PortalUser;
import vn.phoihop.security.Colleagues;

@Controller
class TaskListController {

    private static final int MAX_BULK = TaskFilter.PAGE_SIZE;

    private final TaskListQuery taskListQuery;
    private final TaskActions actions;
    private final ProcessChoices processChoices;
    private final Colleagues colleagues;

    TaskListController(TaskListQuery taskListQuery, TaskActions actions, ProcessChoices processChoices,
                       Colleagues colleagues) {
        this.colleagues = colleagues;
        this.taskListQuery = taskListQuery;
        this.actions = actions;
        this.processChoices = processChoices;
    }

    @GetMapping("/tasks")
    String list(Authentication authentication, Model model,
                @RequestParam(required = false) String view, @RequestParam(required = false) String process,
                @RequestParam(required = false) String due, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) Integer page) {
        PortalUser user = PortalUser.of(authentication);
        TaskFilter filter = TaskFilter.of(view, process, due, q, sort, dir, page);
        TaskListQuery.Page result = taskListQuery.page(user, filter);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", result.rows());
        model.addAttribute("hasNext", result.hasNext());
        model.addAttribute("countLimit", TaskListSql.COUNT_LIMIT);
        model.addAttribute("processes", processChoices.latest());
        model.addAttribute("colleagues", colleagues.inGroups(user.groupIds()).stream()
                .filter(colleague -> !colleague.id().equals(user.id())).toList());
        return "tasks/list";
    }

    /** The number of tasks per view and due filter, for the badges of the list (same parameters as the list). */
    @GetMapping(value = "/tasks/counts", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Long> counts(Authentication authentication,
                             @RequestParam(required = false) String view, @RequestParam(required = false) String process,
                             @RequestParam(required = false) String due, @RequestParam(required = false) String q) {
        return taskListQuery.counts(PortalUser.of(authentication), TaskFilter.of(view, process, due, q, null, null, null));
    }

    /** Claim, or hand to one colleague, every selected task; each task that could not be is counted, not fatal. */
    @PostMapping("/tasks/bulk")
    String bulk(Authentication authentication, @RequestParam String action,
                @RequestParam(name = "taskIds", required = false) List<String> taskIds,
                @RequestParam(required = false) String assignee, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(authentication);
        if (taskIds == null || taskIds.isEmpty()) {
            redirect.addFlashAttribute("error", "tasks.bulk.noneSelected");
            return "redirect:/tasks";
        }
        int done = 0;
        List<String> selected = taskIds.stream().distinct().limit(MAX_BULK).toList();
        for (String taskId : selected) {
            try {
                if ("assign".equals(action)) {
                    actions.assign(user, taskId, assignee);
                } else {
                    actions.claim(user, taskId);
                }
                done++;
            } catch (TaskConflictException | TaskNotFoundException e) {
                // counted below: the others still go through
            }
        }
        redirect.addFlashAttribute("bulkDone", done);
        redirect.addFlashAttribute("bulkFailed", selected.size() - done);
        return "redirect:/tasks";
    }
}
