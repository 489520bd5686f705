package vn.phoihop.modeler;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.phoihop.security.PortalUser;

/**
 * {@code /admin/processes} (group {@code camunda-admin} only): the deployed processes and decisions with
 * their versions, running instances, incidents and files; the upload of BPMN, DMN and form files as one
 * deployment, refused as a whole with the problems listed per file and element; suspend and activate;
 * the open incidents with a retry of a failed job; the audit of these actions.
 */
@Controller
@RequestMapping(ProcessAdminController.PATH)
class ProcessAdminController {

    static final String PATH = "/admin/processes";

    private final ProcessAdministration administration;

    ProcessAdminController(ProcessAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    String page(Authentication authentication, Model model) {
        requireAdmin(authentication);
        return page(model);
    }

    @PostMapping("/deploy")
    String deploy(@RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication authentication, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        String actor = requireAdmin(authentication);
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                contents.put(file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename(), file.getBytes());
            }
        }
        try {
            var deployment = administration.deploy(contents, actor);
            redirect.addFlashAttribute("deployed", deployment.getId());
            return "redirect:" + PATH;
        } catch (DeploymentRefusedException refused) {
            // nothing was deployed: the page again, answered 400, with every problem
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", refused.problems());
            model.addAttribute("uploaded", contents.keySet());
            return page(model);
        }
    }

    @PostMapping("/{definitionId}/suspend")
    String suspend(@PathVariable String definitionId, Authentication authentication, RedirectAttributes redirect) {
        administration.suspend(definitionId, requireAdmin(authentication));
        redirect.addFlashAttribute("changed", definitionId);
        return "redirect:" + PATH;
    }

    @PostMapping("/{definitionId}/activate")
    String activate(@PathVariable String definitionId, Authentication authentication, RedirectAttributes redirect) {
        administration.activate(definitionId, requireAdmin(authentication));
        redirect.addFlashAttribute("changed", definitionId);
        return "redirect:" + PATH;
    }

    @PostMapping("/jobs/{jobId}/retry")
    String retry(@PathVariable String jobId, Authentication authentication, RedirectAttributes redirect) {
        administration.retry(jobId, requireAdmin(authentication));
        redirect.addFlashAttribute("retried", jobId);
        return "redirect:" + PATH;
    }

    private String page(Model model) {
        model.addAttribute("navSection", "admin-processes");
        model.addAttribute("processes", administration.processes());
        model.addAttribute("decisions", administration.decisions());
        model.addAttribute("incidents", administration.incidents());
        model.addAttribute("audit", administration.audit());
        return "admin/processes";
    }

    private static String requireAdmin(Authentication authentication) {
        PortalUser user = PortalUser.of(authentication);
        if (!user.isAdministrator()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user.id();
    }
}
