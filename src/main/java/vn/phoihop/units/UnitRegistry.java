package vn.phoihop.units;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.PortalUser;

/**
 * Creates and changes units for an editor, within what {@link UnitScope} lets the editor manage.
 * The entry point for the pages and, later, for the registration and recognition processes.
 */
@Service
public class UnitRegistry {

    static final String ID_PREFIX = "UNIT";

    private final UnitRepository units;
    private final UnitRules rules;
    private final UnitScope scope;
    private final UnitGroups groups;
    private final RecordIds recordIds;

    UnitRegistry(UnitRepository units, UnitRules rules, UnitScope scope, UnitGroups groups, RecordIds recordIds) {
        this.units = units;
        this.rules = rules;
        this.scope = scope;
        this.groups = groups;
        this.recordIds = recordIds;
    }

    /** The unit by its code, for process code that has already decided who acts (no user scope). */
    @Transactional(readOnly = true)
    public Optional<Unit> find(String code) {
        return units.findById(code);
    }

    /** The unit if the user may see it; empty otherwise, so a guessed code tells nothing. */
    @Transactional(readOnly = true)
    public Optional<Unit> visible(String code, PortalUser user) {
        return units.findById(code).filter(scope.of(user)::covers);
    }

    @Transactional
    Unit create(UnitValues values, PortalUser user) {
        UnitScope.Visible editor = scope.of(user);
        UnitRules.Checked checked = rules.check(values, editor, rules.managingCodesToday());
        List<UnitRules.Problem> problems = new ArrayList<>(checked.problems());
        if (values.code() != null && units.existsById(values.code())) {
            problems.add(new UnitRules.Problem("code", "units.error.duplicateCode", values.code()));
        }
        if (checked.details() != null && isDuplicate(checked.details())) {
            problems.add(new UnitRules.Problem("name", "units.error.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new UnitRejectedException(problems);
        }
        String code = values.code() != null ? values.code() : recordIds.next(ID_PREFIX, ProvinceClock.today().getYear());
        return register(code, checked.details(), user.id(), ProvinceClock.now());
    }

    Unit register(String code, UnitDetails details, String by, Instant at) {
        Unit unit = units.save(Unit.register(code, details, by, at));
        groups.createFor(unit);
        return unit;
    }

    /** Saves units whose values passed the rules, with their groups, in the caller's transaction; for the import. */
    void registerAll(List<Unit> registered) {
        units.saveAll(registered);
        groups.createFor(registered);
    }

    @Transactional
    Unit update(String code, long version, UnitValues values, PortalUser user) {
        UnitScope.Visible editor = scope.of(user);
        Unit unit = managed(code, version, editor);
        UnitRules.Checked checked = rules.check(values, editor, rules.managingCodesToday());
        List<UnitRules.Problem> problems = new ArrayList<>(checked.problems());
        if (checked.details() != null && checked.details().kind() != unit.getKind()) {
            problems.add(new UnitRules.Problem("kind", "units.error.kindFixed"));
        }
        if (!problems.isEmpty()) {
            throw new UnitRejectedException(problems);
        }
        UnitDetails details = checked.details();
        Instant now = ProvinceClock.now();
        if (!details.name().equals(unit.getName())) {
            unit.rename(details.name(), user.id(), now);
            groups.renamed(unit);
        }
        if (!Objects.equals(details.district(), unit.getDistrict()) || !Objects.equals(details.commune(), unit.getCommune())
                || !details.managingOrganization().equals(unit.getManagingOrganization())) {
            unit.move(details.district(), details.commune(), details.managingOrganization(), user.id(), now);
        }
        if (!Objects.equals(details.contactUser(), unit.getContactUser())) {
            unit.changeContact(details.contactUser(), user.id(), now);
            groups.contactChanged(unit);
        }
        return units.saveAndFlush(unit);
    }

    @Transactional
    Unit deactivate(String code, long version, String reason, PortalUser user) {
        Unit unit = managed(code, version, scope.of(user));
        unit.deactivate(reason, user.id(), ProvinceClock.now());
        return units.saveAndFlush(unit);
    }

    @Transactional
    Unit reactivate(String code, long version, PortalUser user) {
        Unit unit = managed(code, version, scope.of(user));
        unit.reactivate(user.id(), ProvinceClock.now());
        return units.saveAndFlush(unit);
    }

    private Unit managed(String code, long version, UnitScope.Visible editor) {
        Unit unit = units.findById(code).filter(editor::covers).orElseThrow(() -> new UnitNotFoundException(code));
        if (!editor.manages(unit)) {
            throw new UnitForbiddenException();
        }
        if (!Objects.equals(unit.getVersion(), version)) {
            throw new StaleUnitException(code);
        }
        return unit;
    }

    private boolean isDuplicate(UnitDetails details) {
        String key = UnitRules.naturalKey(details.kind(), details.managingOrganization(), details.name());
        return units.findByKindAndManagingOrganization(details.kind(), details.managingOrganization()).stream()
                .anyMatch(unit -> UnitRules.naturalKey(unit.getKind(), unit.getManagingOrganization(), unit.getName()).equals(key));
    }
}
