package vn.phoihop.commendations.registry;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.phoihop.documents.Downloads;
import vn.phoihop.commendations.AwardForm;
import vn.phoihop.commendations.AwardFormRepository;
import vn.phoihop.commendations.CommendationPages;
import vn.phoihop.commendations.DecisionFile;
import vn.phoihop.commendations.DecisionFiles;
import vn.phoihop.commendations.DecisionFormat;
import vn.phoihop.commendations.Proposal;
import vn.phoihop.documents.VietnameseDates;
import vn.phoihop.instances.InstancePanels;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.OpenTasks;

/**
 * A proposal's page in the registry, with its history and files, and its decision as the Word
 * file and the PDF kept when it was issued. A proposal outside the user's scope is answered exactly like one that does not exist.
 */
@Controller
class ProposalPageController {

    private final VisibleProposals proposals;
    private final ReferenceNames names;
    private final DecisionFiles decisionFiles;
    private final InstancePanels panels;
    private final OpenTasks openTasks;
    private final AwardFormRepository awardForms;

    ProposalPageController(VisibleProposals proposals, ReferenceNames names, DecisionFiles decisionFiles,
                           InstancePanels panels, OpenTasks openTasks, AwardFormRepository awardForms) {
        this.awardForms = awardForms;
        this.proposals = proposals;
        this.names = names;
        this.decisionFiles = decisionFiles;
        this.panels = panels;
        this.openTasks = openTasks;
    }

    @GetMapping(CommendationPages.REGISTRY + "/{id}")
    String detail(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        PortalUser user = PortalUser.of(authentication);
        Proposal proposal = proposals.find(user, id);
        String instanceId = proposal.processInstanceId();
        model.addAttribute("proposal", proposal);
        model.addAttribute("nominees", proposal.nominees());
        model.addAttribute("organizationName", names.organizations(locale).getOrDefault(proposal.proposingOrg(), proposal.proposingOrg()));
        model.addAttribute("awardFormName", names.awardForms(locale).getOrDefault(proposal.awardForm(), proposal.awardForm()));
        model.addAttribute("decisionDate", proposal.decisionDate() == null ? null : VietnameseDates.date(proposal.decisionDate()));
        model.addAttribute("submissionDate", proposal.submissionDate() == null ? null : VietnameseDates.date(proposal.submissionDate()));
        model.addAttribute("issuingBody", awardForms.findById(proposal.awardForm()).map(AwardForm::getIssuingBody).orElse(""));
        model.addAttribute("openTaskId", openTasks.visibleTaskOf(user, instanceId).orElse(null));
        // Whoever sees the proposal may open its files too (RegistryReaders widens the instance's rule).
        panels.addTo(model, instanceId);
        return "commendations/detail";
    }

    @GetMapping(CommendationPages.REGISTRY + "/{id}/decision.docx")
    ResponseEntity<byte[]> decisionDocx(@PathVariable String id, Authentication authentication) {
        return decision(id, authentication, DecisionFormat.DOCX);
    }

    @GetMapping(CommendationPages.REGISTRY + "/{id}/decision.pdf")
    ResponseEntity<byte[]> decisionPdf(@PathVariable String id, Authentication authentication) {
        return decision(id, authentication, DecisionFormat.PDF);
    }

    private ResponseEntity<byte[]> decision(String id, Authentication authentication, DecisionFormat format) {
        Proposal proposal = proposals.find(PortalUser.of(authentication), id);
        DecisionFile file = decisionFiles.of(proposal, format).orElseThrow(ProposalNotFoundException::new);
        return Downloads.of(file.content(), MediaType.parseMediaType(format.contentType()), file.fileName());
    }
}
