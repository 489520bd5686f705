package vn.phoihop.instances;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.phoihop.security.PortalUser;

/** The instance page (comments, attachments, history, diagram) and the diagram's data. */
@Controller
class InstanceController {

    private final InstanceAccess access;
    private final InstancePanels panels;
    private final InstanceDiagram diagram;
    private final InstanceHeading heading;

    InstanceController(InstanceAccess access, InstancePanels panels, InstanceDiagram diagram, InstanceHeading heading) {
        this.access = access;
        this.panels = panels;
        this.diagram = diagram;
        this.heading = heading;
    }

    @GetMapping("/instances/{instanceId}")
    String detail(@PathVariable String instanceId, Authentication authentication, Model model) {
        access.require(PortalUser.of(authentication), instanceId);
        model.addAttribute("heading", heading.of(instanceId));
        panels.addTo(model, instanceId);
        return "instances/detail";
    }

    @GetMapping(value = "/instances/{instanceId}/diagram.xml")
    ResponseEntity<byte[]> diagramXml(@PathVariable String instanceId, Authentication authentication) {
        access.require(PortalUser.of(authentication), instanceId);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                .body(diagram.bpmnXml(instanceId));
    }

    @GetMapping(value = "/instances/{instanceId}/active-activities", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<String> activeActivities(@PathVariable String instanceId, Authentication authentication) {
        access.require(PortalUser.of(authentication), instanceId);
        return diagram.activeActivityIds(instanceId);
    }
}
