package vn.phoihop.units.recognition;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.commendations.CommendationProcessVariables;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.processes.StartableProcesses;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitRegistry;
import vn.phoihop.units.UnitScope;

/**
 * A unit's recognitions as its page shows them, and the one-click proposal of a recognised
 * Xuất sắc unit for a commendation: the commendation's start form, prefilled from the
 * recognition, when {@code CommendationProcess} is deployed and the user may start it; otherwise
 * the proposal is recorded on the recognition. Only the unit's managing level and the
 * coordinators (those who manage the unit) may propose.
 */
@Service
@Transactional
public class RecognitionCommendations {

    static final String PREFILL_PREFIX = "recognition:";

    private final RecognitionRepository recognitions;
    private final UnitRegistry units;
    private final UnitScope scope;
    private final StartableProcesses startable;
    private final RepositoryService repositoryService;
    private final EngineAsSystem engineAsSystem;

    RecognitionCommendations(RecognitionRepository recognitions, UnitRegistry units, UnitScope scope,
                             StartableProcesses startable, RepositoryService repositoryService,
                             EngineAsSystem engineAsSystem) {
        this.recognitions = recognitions;
        this.units = units;
        this.scope = scope;
        this.startable = startable;
        this.repositoryService = repositoryService;
        this.engineAsSystem = engineAsSystem;
    }

    /** The unit's recognitions, the latest year first. */
    @Transactional(readOnly = true)
    public List<Recognition> of(Unit unit) {
        return recognitions.findByUnitCodeOrderByYearDesc(unit.getCode());
    }

    /** Whether the page offers the user the proposal of this recognition. */
    @Transactional(readOnly = true)
    public boolean mayPropose(Recognition recognition, PortalUser user) {
        return proposable(recognition.id(), user).isPresent();
    }

    /** Where the proposal continues: the prefilled start form, or empty when it was recorded here. */
    public Optional<String> propose(String recognitionId, PortalUser user) {
        Recognition recognition = proposable(recognitionId, user)
                .orElseThrow(() -> new vn.phoihop.forms.SubmissionRuleException("units.recognition.error.notProposable"));
        if (commendationStartable(user)) {
            return Optional.of("/processes/" + CommendationProcessVariables.PROCESS_ID + "/start?prefill="
                    + PREFILL_PREFIX + recognition.id());
        }
        recognition.proposeForCommendation(user.id(), ProvinceClock.now());
        return Optional.empty();
    }

    /** A recognised Xuất sắc recognition not yet proposed, of a unit the user manages. */
    @Transactional(readOnly = true)
    public Optional<Recognition> proposable(String recognitionId, PortalUser user) {
        return recognitions.findById(recognitionId).filter(Recognition::mayBeProposed)
                .filter(recognition -> units.find(recognition.unitCode()).map(unit -> scope.of(user).manages(unit)).orElse(false));
    }

    private boolean commendationStartable(PortalUser user) {
        boolean deployed = engineAsSystem.call(() -> repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(CommendationProcessVariables.PROCESS_ID).count() > 0);
        return deployed && startable.of(user).stream()
                .anyMatch(definition -> CommendationProcessVariables.PROCESS_ID.equals(definition.getKey()));
    }
}
