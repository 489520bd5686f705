package vn.phoihop.zalo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.search.SearchText;
import vn.phoihop.security.PortalUser;

/** Creates, changes, counts and lists Zalo groups for an editor, within what {@link ZaloGroupScope} allows. */
@Service
class ZaloGroupRegistry {

    static final String ID_PREFIX = "ZL";
    static final int LIST_MAX = 500;

    private final ZaloGroupRepository groups;
    private final ZaloGroupRules rules;
    private final ZaloGroupScope scope;
    private final RecordIds recordIds;

    ZaloGroupRegistry(ZaloGroupRepository groups, ZaloGroupRules rules, ZaloGroupScope scope, RecordIds recordIds) {
        this.groups = groups;
        this.rules = rules;
        this.scope = scope;
        this.recordIds = recordIds;
    }

    @Transactional(readOnly = true)
    Optional<ZaloGroup> visible(String id, PortalUser user) {
        return groups.findById(id == null ? "" : id).filter(scope.of(user)::covers).map(ZaloGroupRegistry::loaded);
    }

    @Transactional(readOnly = true)
    List<ZaloGroup> list(PortalUser user, String organization, String level, Boolean active, String text) {
        ZaloGroupScope.Visible visible = scope.of(user);
        String words = text == null || text.isBlank() ? null : SearchText.normalize(text.strip());
        return groups.findAll().stream().filter(visible::covers)
                .filter(group -> organization == null || organization.isBlank() || group.getOrganization().equals(organization))
                .filter(group -> level == null || level.isBlank() || group.getLevel().name().equals(level))
                .filter(group -> active == null || group.isActive() == active)
                .filter(group -> words == null || SearchText.normalize(group.getName() + " " + (group.getArea() == null ? "" : group.getArea()))
                        .contains(words))
                .sorted(Comparator.comparing(ZaloGroup::getName)).limit(LIST_MAX).map(ZaloGroupRegistry::loaded).toList();
    }

    @Transactional
    ZaloGroup create(ZaloGroupValues values, PortalUser user) {
        ZaloGroupRules.Checked checked = checkedOrRefused(values, scope.of(user), null);
        Instant now = ProvinceClock.now();
        ZaloGroup group = ZaloGroup.register(recordIds.next(ID_PREFIX, ProvinceClock.today().getYear()), checked.details(), user.id(), now);
        if (checked.members() != null) {
            group.count(checked.countedOn(), checked.members(), user.id(), now);
        }
        return groups.save(group);
    }

    /** Saves groups (with their first count) whose values passed the rules, in the caller's transaction; for the import. */
    void registerAll(List<ZaloGroupRules.Checked> checked, String by) {
        Instant now = ProvinceClock.now();
        int year = ProvinceClock.today().getYear();
        for (ZaloGroupRules.Checked each : checked) {
            ZaloGroup group = ZaloGroup.register(recordIds.next(ID_PREFIX, year), each.details(), by, now);
            if (each.members() != null) {
                group.count(each.countedOn(), each.members(), by, now);
            }
            groups.save(group);
        }
    }

    @Transactional
    ZaloGroup update(String id, long version, ZaloGroupValues values, PortalUser user) {
        ZaloGroupScope.Visible editor = scope.of(user);
        ZaloGroup group = managed(id, version, editor);
        ZaloGroupRules.Checked checked = checkedOrRefused(values, editor, id);
        group.change(checked.details(), user.id(), ProvinceClock.now());
        if (checked.members() != null) {
            group.count(checked.countedOn(), checked.members(), user.id(), ProvinceClock.now());
        }
        return group;
    }

    @Transactional
    ZaloGroup count(String id, long version, LocalDate on, Integer members, PortalUser user) {
        ZaloGroup group = managed(id, version, scope.of(user));
        if (on != null && on.isAfter(ProvinceClock.today())) {
            throw new SubmissionRuleException("zalo.rule.count");
        }
        group.count(on, members == null ? -1 : members, user.id(), ProvinceClock.now());
        return group;
    }

    @Transactional
    ZaloGroup deactivate(String id, long version, String reason, PortalUser user) {
        ZaloGroup group = managed(id, version, scope.of(user));
        group.deactivate(reason, user.id(), ProvinceClock.now());
        return group;
    }

    @Transactional
    ZaloGroup reactivate(String id, long version, PortalUser user) {
        ZaloGroup group = managed(id, version, scope.of(user));
        group.reactivate(user.id(), ProvinceClock.now());
        return group;
    }

    @Transactional(readOnly = true)
    Set<String> naturalKeys(String except) {
        Set<String> keys = new HashSet<>();
        groups.findAll().stream().filter(group -> !group.getId().equals(except))
                .forEach(group -> keys.add(ZaloGroupRules.naturalKey(group.getOrganization(), group.getName())));
        return keys;
    }

    private ZaloGroupRules.Checked checkedOrRefused(ZaloGroupValues values, ZaloGroupScope.Visible editor, String except) {
        ZaloGroupRules.Checked checked = rules.check(values, editor);
        List<ZaloGroupRules.Problem> problems = new ArrayList<>(checked.problems());
        if (checked.details() != null && naturalKeys(except).contains(ZaloGroupRules.naturalKey(checked.details().organization(),
                checked.details().name()))) {
            problems.add(new ZaloGroupRules.Problem("name", "zalo.error.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new ZaloGroupRejectedException(problems);
        }
        return checked;
    }

    private ZaloGroup managed(String id, long version, ZaloGroupScope.Visible editor) {
        ZaloGroup group = groups.findById(id).filter(editor::covers).orElseThrow(() -> new ZaloGroupNotFoundException(id));
        if (!editor.mayManage(group.getOrganization())) {
            throw new ZaloGroupForbiddenException();
        }
        if (!Long.valueOf(version).equals(group.getVersion())) {
            throw new StaleZaloGroupException();
        }
        return group;
    }

    @SuppressWarnings("ResultOfMethodCallIgnored")
    private static ZaloGroup loaded(ZaloGroup group) {
        group.getCounts().size();
        return group;
    }
}
