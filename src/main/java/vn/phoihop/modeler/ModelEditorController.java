package vn.phoihop.modeler;

import static vn.phoihop.modeler.ProcessAdminController.requireAdmin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/processes/edit} (group {@code camunda-admin} only): any deployed BPMN, DMN or form file opened
 * in the browser's editor (the Camunda 7 modeler with its properties panel and bpmnlint, dmn-js, form-js),
 * checked by the rules of a real deployment and deployed as version n+1. The editor posts the file's text
 * with the page's form, so a refused file comes back as it was edited, with the problems beside it; without
 * JavaScript the text itself can be edited.
 */
@Controller
@RequestMapping(ModelEditorController.PATH)
class ModelEditorController {

    static final String PATH = ProcessAdminController.PATH + "/edit";

    private final ProcessAdministration administration;

    ModelEditorController(ProcessAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String open(@RequestParam String deployment, @RequestParam String resource, Authentication authentication, Model model) {
        requireAdmin(authentication);
        return page(administration.open(deployment, resource)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)), model);
    }

    /** {@code validate} reports what a deployment would be refused for; {@code deploy} deploys the next version. */
    @PostMapping
    String submit(@RequestParam String deployment, @RequestParam String resource, @RequestParam(defaultValue = "") String content,
                  @RequestParam(defaultValue = "validate") String action, Authentication authentication, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        String actor = requireAdmin(authentication);
        if (!administration.isEditable(deployment, resource)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        EditableModel edited = new EditableModel(deployment, resource, content);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        List<String> problems;
        if ("deploy".equals(action)) {
            try {
                var deployed = administration.deployEdited(resource, bytes, actor);
                redirect.addFlashAttribute("deployed", deployed.getId());
                return "redirect:" + ProcessAdminController.PATH;
            } catch (DeploymentRefusedException refused) {
                problems = refused.problems();
            }
        } else {
            problems = administration.validate(Map.of(resource, bytes));
        }
        if (problems.isEmpty()) {
            model.addAttribute("valid", true);
        } else {
            // nothing was deployed: the edited file again, answered 400, with every problem
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", problems);
        }
        return page(edited, model);
    }

    private String page(EditableModel model, Model page) {
        page.addAttribute("navSection", "admin-processes");
        page.addAttribute("file", model);
        return "admin/editor";
    }
}
