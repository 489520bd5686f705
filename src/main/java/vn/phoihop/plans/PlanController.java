package vn.phoihop.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.dashboard.PlanTargets;
import vn.phoihop.dashboard.Target;
import vn.phoihop.organizations.OrganizationTree;
import vn.phoihop.organizations.PlanReaders;
import vn.phoihop.security.PortalUser;

/**
 * The plans {@code /plans}: every plan, and a plan's page with its text and its duties, each with who
 * leads and cooperates, how often, the processes that run it, the lists of its records and, for those
 * who read the plan whole, its progress against the targets that measure it in the plan's year.
 */
@Controller
@RequestMapping("/plans")
@Transactional(readOnly = true)
class PlanController {

    private final PlanRepository plans;
    private final PlanReaders readers;
    private final OrganizationTree organizations;
    private final PlanTargets targets;
    private final RepositoryService repositoryService;

    PlanController(PlanRepository plans, PlanReaders readers, OrganizationTree organizations, PlanTargets targets,
                   RepositoryService repositoryService) {
        this.plans = plans;
        this.readers = readers;
        this.organizations = organizations;
        this.targets = targets;
        this.repositoryService = repositoryService;
    }

    @GetMapping
    String list(Authentication authentication, Model model) {
        visible(authentication);
        model.addAttribute("navSection", "plans");
        // a local level's plan is listed on the province's it derives from
        model.addAttribute("plans", plans.findAllByOrderByYearDescIssuedOnDesc().stream().filter(plan -> plan.organization() == null).toList());
        return "plans/list";
    }

    @GetMapping("/{id}")
    String page(@PathVariable String id, Authentication authentication, Model model, Locale locale) {
        PlanReaders.Reader reader = visible(authentication);
        // the page renders after this transaction: its text and duties are read now
        Plan plan = plans.findById(id).map(PlanService::loaded).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Target> progress = reader.whole()
                ? targets.of(plan.year(), null).stream().collect(Collectors.toMap(Target::key, Function.identity()))
                : Map.of();
        model.addAttribute("navSection", "plans");
        model.addAttribute("plan", plan);
        model.addAttribute("duties", plan.duties());
        model.addAttribute("localPlans", plans.findByParentIdOrderByOrganization(plan.id()));
        model.addAttribute("progress", progress);
        model.addAttribute("organizationNames", organizations.names(locale));
        model.addAttribute("processNames", processNames(plan.duties().stream().flatMap(duty -> duty.processes().stream()).distinct().toList()));
        return "plans/page";
    }

    private PlanReaders.Reader visible(Authentication authentication) {
        PlanReaders.Reader reader = readers.of(PortalUser.of(authentication));
        if (!reader.seesAnything()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return reader;
    }

    /** Each process's name in its latest version, by key; a key not deployed keeps its key. */
    private Map<String, String> processNames(List<String> keys) {
        Map<String, String> names = new LinkedHashMap<>();
        keys.forEach(key -> names.put(key, key));
        repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(definition -> names.containsKey(definition.getKey()))
                .forEach(definition -> names.put(definition.getKey(), definition.getName()));
        return names;
    }
}
