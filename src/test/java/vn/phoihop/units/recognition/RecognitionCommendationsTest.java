package vn.phoihop.units.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.processes.StartableProcesses;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.PortalUser;
import vn.phoihop.units.MovementLevel;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitRegistry;
import vn.phoihop.units.UnitScope;

/**
 * The one-click proposal without an engine: where {@code CommendationProcess} is not deployed (or
 * the user may not start it) the proposal is recorded on the recognition, once; only those who
 * manage the unit propose, and only a recognised Xuất sắc unit.
 */
class RecognitionCommendationsTest {

    private static final PortalUser MANAGING = new PortalUser("catanninh", "Công an phường", List.of("commune-police-tan-ninh"));
    private static final PortalUser OTHER = new PortalUser("cagodau", "Công an Gò Dầu", List.of("commune-police-go-dau"));

    private final RecognitionRepository recognitions = mock(RecognitionRepository.class);
    private final UnitScope scope = mock(UnitScope.class);
    private final StartableProcesses startable = mock(StartableProcesses.class);
    private final RepositoryService repositoryService = mock(RepositoryService.class, RETURNS_DEEP_STUBS);
    private final EngineAsSystem engineAsSystem = mock(EngineAsSystem.class);
    private RecognitionCommendations commendations;

    @BeforeEach
    void setUp() {
        UnitRegistry units = mock(UnitRegistry.class);
        Unit unit = mock(Unit.class);
        when(unit.getManagingOrganization()).thenReturn("commune-police-tan-ninh");
        when(units.find("kp1")).thenReturn(Optional.of(unit));
        when(scope.of(MANAGING)).thenReturn(new UnitScope.Visible(false, Set.of("commune-police-tan-ninh"), Set.of()));
        when(scope.of(OTHER)).thenReturn(new UnitScope.Visible(false, Set.of("commune-police-go-dau"), Set.of()));
        when(engineAsSystem.call(any())).thenAnswer(call -> ((Supplier<?>) call.getArgument(0)).get());
        commendations = new RecognitionCommendations(recognitions, units, scope, startable, repositoryService, engineAsSystem);
    }

    @Test
    void withoutTheCommendationProcessTheProposalIsRecordedOnce() {
        Recognition excellent = stored(TestRecognitions.recognised(MovementLevel.EXCELLENT));
        deployed(false);
        assertThat(commendations.mayPropose(excellent, OTHER)).isFalse();
        assertThat(commendations.mayPropose(excellent, MANAGING)).isTrue();
        assertThat(commendations.propose(excellent.id(), MANAGING)).isEmpty();
        assertThat(excellent.commendationProposedAt()).isNotNull();
        assertThat(commendations.mayPropose(excellent, MANAGING)).isFalse();
        assertThatThrownBy(() -> commendations.propose(excellent.id(), MANAGING)).isInstanceOf(SubmissionRuleException.class);
    }

    @Test
    void withTheCommendationProcessTheStartFormOpensPrefilledAndNothingIsRecordedYet() {
        Recognition excellent = stored(TestRecognitions.recognised(MovementLevel.EXCELLENT));
        deployed(true);
        assertThat(commendations.propose(excellent.id(), MANAGING))
                .contains("/processes/CommendationProcess/start?prefill=recognition:" + excellent.id());
        assertThat(excellent.commendationProposedAt()).isNull();
    }

    @Test
    void aGoodUnitOrAnotherCommunesIsNotProposed() {
        Recognition good = stored(TestRecognitions.recognised(MovementLevel.GOOD));
        deployed(false);
        assertThat(commendations.mayPropose(good, MANAGING)).isFalse();
        assertThatThrownBy(() -> commendations.propose(good.id(), MANAGING)).isInstanceOf(SubmissionRuleException.class);
    }

    private Recognition stored(Recognition recognition) {
        when(recognitions.findById(recognition.id())).thenReturn(Optional.of(recognition));
        return recognition;
    }

    private void deployed(boolean deployed) {
        when(repositoryService.createProcessDefinitionQuery().processDefinitionKey("CommendationProcess").count())
                .thenReturn(deployed ? 1L : 0L);
        ProcessDefinition commendation = mock(ProcessDefinition.class);
        when(commendation.getKey()).thenReturn("CommendationProcess");
        when(startable.of(MANAGING)).thenReturn(List.of(commendation));
    }
}
