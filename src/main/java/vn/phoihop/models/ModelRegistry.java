package vn.phoihop.models;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.search.SearchText;
import vn.phoihop.security.PortalUser;

/** Creates, changes and lists models for an editor, within what {@link ModelScope} lets the editor see and manage. */
@Service
public class ModelRegistry {

    static final String ID_PREFIX = "MH";
    static final int LIST_MAX = 500;

    private final MovementModelRepository models;
    private final ModelRules rules;
    private final ModelScope scope;
    private final RecordIds recordIds;

    ModelRegistry(MovementModelRepository models, ModelRules rules, ModelScope scope, RecordIds recordIds) {
        this.models = models;
        this.rules = rules;
        this.scope = scope;
        this.recordIds = recordIds;
    }

    @Transactional(readOnly = true)
    public Optional<MovementModel> find(String id) {
        return models.findById(id == null ? "" : id);
    }

    /** The model if the user may see it; empty otherwise, so a guessed id tells nothing. */
    @Transactional(readOnly = true)
    Optional<MovementModel> visible(String id, PortalUser user) {
        return find(id).filter(scope.of(user)::covers);
    }

    /** The models the user sees, filtered (type code, sponsor, active yes/no, words of the name or area), by name. */
    @Transactional(readOnly = true)
    List<MovementModel> list(PortalUser user, String type, String sponsor, Boolean active, String text) {
        ModelScope.Visible visible = scope.of(user);
        String words = text == null || text.isBlank() ? null : SearchText.normalize(text.strip());
        return models.findAll().stream().filter(visible::covers)
                .filter(model -> type == null || type.isBlank() || model.getTypeCode().equals(type))
                .filter(model -> sponsor == null || sponsor.isBlank() || model.getSponsor().equals(sponsor))
                .filter(model -> active == null || model.isActive() == active)
                .filter(model -> words == null || SearchText.normalize(model.getName() + " " + nullToEmpty(model.getCommune()) + " "
                        + nullToEmpty(model.getDistrict())).contains(words))
                .sorted(Comparator.comparing(MovementModel::getName)).limit(LIST_MAX).toList();
    }

    @Transactional
    MovementModel create(ModelValues values, PortalUser user) {
        ModelScope.Visible editor = scope.of(user);
        ModelRules.Checked checked = rules.check(values, editor);
        List<ModelRules.Problem> problems = new ArrayList<>(checked.problems());
        if (checked.details() != null && isDuplicate(checked.details(), null)) {
            problems.add(new ModelRules.Problem("name", "models.error.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new ModelRejectedException(problems);
        }
        return models.save(MovementModel.register(recordIds.next(ID_PREFIX, ProvinceClock.today().getYear()), checked.details(),
                user.id(), ProvinceClock.now()));
    }

    /** Saves models whose values passed the rules, in the caller's transaction; for the import. */
    void registerAll(List<ModelDetails> details, String by) {
        Instant now = ProvinceClock.now();
        int year = ProvinceClock.today().getYear();
        models.saveAll(details.stream().map(each -> MovementModel.register(recordIds.next(ID_PREFIX, year), each, by, now)).toList());
    }

    @Transactional
    MovementModel update(String id, long version, ModelValues values, PortalUser user) {
        ModelScope.Visible editor = scope.of(user);
        MovementModel model = managed(id, version, editor);
        ModelRules.Checked checked = rules.check(values, editor);
        List<ModelRules.Problem> problems = new ArrayList<>(checked.problems());
        if (checked.details() != null && isDuplicate(checked.details(), id)) {
            problems.add(new ModelRules.Problem("name", "models.error.duplicate"));
        }
        if (!problems.isEmpty()) {
            throw new ModelRejectedException(problems);
        }
        model.change(checked.details(), user.id(), ProvinceClock.now());
        return model;
    }

    @Transactional
    MovementModel deactivate(String id, long version, String reason, PortalUser user) {
        MovementModel model = managed(id, version, scope.of(user));
        model.deactivate(reason, user.id(), ProvinceClock.now());
        return model;
    }

    @Transactional
    MovementModel reactivate(String id, long version, PortalUser user) {
        MovementModel model = managed(id, version, scope.of(user));
        model.reactivate(user.id(), ProvinceClock.now());
        return model;
    }

    /** The natural keys of every model but the one given, for the duplicate checks of the form and the import. */
    @Transactional(readOnly = true)
    java.util.Set<String> naturalKeys(String except) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        models.findAll().stream().filter(model -> !model.getId().equals(except))
                .forEach(model -> keys.add(ModelRules.naturalKey(model.getTypeCode(), model.getSponsor(), model.getName())));
        return keys;
    }

    private boolean isDuplicate(ModelDetails details, String except) {
        return naturalKeys(except).contains(ModelRules.naturalKey(details.typeCode(), details.sponsor(), details.name()));
    }

    private MovementModel managed(String id, long version, ModelScope.Visible editor) {
        MovementModel model = find(id).filter(editor::covers).orElseThrow(() -> new ModelNotFoundException(id));
        if (!editor.mayManage(model.getSponsor())) {
            throw new ModelForbiddenException();
        }
        if (!Long.valueOf(version).equals(model.getVersion())) {
            throw new StaleModelException();
        }
        return model;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
