package vn.phoihop.commendations.registry;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.phoihop.commendations.CommendationPages;
import vn.phoihop.commendations.ProposalRepository;
import vn.phoihop.commendations.DecisionContent;
import vn.phoihop.commendations.DecisionDocument;
import vn.phoihop.commendations.Proposal;
import vn.phoihop.commendations.ProposalStatus;
import vn.phoihop.documents.VietnameseDates;
import vn.phoihop.instances.InstanceAttachments;
import vn.phoihop.instances.InstanceHistory;
import vn.phoihop.security.PortalUser;
import vn.phoihop.tasks.OpenTasks;

/**
 * The commendation registry: the list with its filters, a proposal's page, its decision as a Word
 * file and the list as a spreadsheet. Every answer goes through {@link RegistryScope}; a proposal
 * outside the user's scope is answered exactly like one that does not exist.
 */
@Controller
class RegistryController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegistryScope scope;
    private final RegistryQuery query;
    private final ReferenceNames names;
    private final ProposalRepository proposals;
    private final DecisionDrafts drafts;
    private final DecisionDocument decisionDocument;
    private final RegistryExport export;
    private final InstanceAttachments attachments;
    private final InstanceHistory history;
    private final OpenTasks openTasks;

    RegistryController(RegistryScope scope, RegistryQuery query, ReferenceNames names, ProposalRepository proposals,
                       DecisionDrafts drafts, DecisionDocument decisionDocument, RegistryExport export,
                       InstanceAttachments attachments, InstanceHistory history,
                       OpenTasks openTasks) {
        this.scope = scope;
        this.query = query;
        this.names = names;
        this.proposals = proposals;
        this.drafts = drafts;
        this.decisionDocument = decisionDocument;
        this.export = export;
        this.attachments = attachments;
        this.history = history;
        this.openTasks = openTasks;
    }

    @GetMapping(CommendationPages.REGISTRY)
    String list(@RequestParam(required = false) String year, @RequestParam(required = false) String org,
                @RequestParam(required = false) String award, @RequestParam(required = false) String status,
                @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                Authentication authentication, Model model, Locale locale) {
        RegistryScope.Visible visible = scope.of(PortalUser.of(authentication));
        RegistryFilter filter = RegistryFilter.of(year, org, award, status, q, page);
        List<RegistryRow> rows = query.page(filter, visible);
        var organizations = names.organizations(locale);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", rows.stream().limit(RegistryQuery.PAGE_SIZE).toList());
        model.addAttribute("hasNext", rows.size() > RegistryQuery.PAGE_SIZE);
        model.addAttribute("total", query.count(filter, visible));
        model.addAttribute("years", query.years(visible));
        model.addAttribute("organizationNames", organizations);
        // a member organisation picks among its own; the filter would find nothing elsewhere
        model.addAttribute("organizationOptions", visible.all() ? organizations.keySet()
                : organizations.keySet().stream().filter(visible::covers).toList());
        model.addAttribute("awardFormNames", names.awardForms(locale));
        model.addAttribute("statuses", ProposalStatus.values());
        return "commendations/list";
    }

    @GetMapping(CommendationPages.REGISTRY + "/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@RequestParam(required = false) String year, @RequestParam(required = false) String org,
                                      @RequestParam(required = false) String award, @RequestParam(required = false) String status,
                                      @RequestParam(required = false) String q, Authentication authentication, Locale locale) {
        RegistryScope.Visible visible = scope.of(PortalUser.of(authentication));
        RegistryFilter filter = RegistryFilter.of(year, org, award, status, q, null);
        byte[] workbook = export.write(query.nominees(filter, visible, RegistryExport.MAX_ROWS + 1),
                names.organizations(locale), names.awardForms(locale), locale);
        return download(workbook, XLSX, "khen-thuong.xlsx");
    }

    @GetMapping(CommendationPages.REGISTRY + "/{id}")
    String detail(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        PortalUser user = PortalUser.of(authentication);
        Proposal proposal = visibleProposal(user, id);
        String instanceId = proposal.processInstanceId();
        model.addAttribute("proposal", proposal);
        model.addAttribute("nominees", proposal.nominees());
        model.addAttribute("organizationName", names.organizations(locale).getOrDefault(proposal.proposingOrg(), proposal.proposingOrg()));
        model.addAttribute("awardFormName", names.awardForms(locale).getOrDefault(proposal.awardForm(), proposal.awardForm()));
        model.addAttribute("decisionDate", proposal.decisionDate() == null ? null : VietnameseDates.date(proposal.decisionDate()));
        model.addAttribute("openTaskId", openTasks.visibleTaskOf(user, instanceId).orElse(null));
        model.addAttribute("timeline", history.timeline(instanceId));
        // Whoever sees the proposal may open its files too (RegistryReaders widens the instance's rule).
        model.addAttribute("instanceId", instanceId);
        model.addAttribute("attachments", attachments.list(instanceId));
        return "commendations/detail";
    }

    @GetMapping(CommendationPages.REGISTRY + "/{id}/decision.docx")
    ResponseEntity<byte[]> decision(@PathVariable String id, Authentication authentication) {
        Proposal proposal = visibleProposal(PortalUser.of(authentication), id);
        DecisionContent content = drafts.of(proposal).orElseThrow(ProposalNotFoundException::new);
        return download(decisionDocument.write(content), DOCX,
                "Quyết định " + proposal.decisionSymbol().replace('/', '-') + ".docx");
    }

    private Proposal visibleProposal(PortalUser user, String id) {
        return proposals.findById(id).filter(proposal -> scope.covers(user, proposal))
                .orElseThrow(ProposalNotFoundException::new);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type).contentLength(body.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
