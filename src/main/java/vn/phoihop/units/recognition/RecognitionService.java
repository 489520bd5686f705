package vn.phoihop.units.recognition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.documents.RecordIds;
import vn.phoihop.forms.SubmissionRuleException;
import vn.phoihop.notifications.RecordNotifications;
import vn.phoihop.notifications.RecordOutcome;
import vn.phoihop.portal.ProvinceClock;
import vn.phoihop.security.EngineAsSystem;
import vn.phoihop.security.GroupGrants;
import vn.phoihop.units.MovementClassifier;
import vn.phoihop.units.MovementLevel;
import vn.phoihop.units.SafeUnitCriteria;
import vn.phoihop.units.Unit;
import vn.phoihop.units.UnitKind;
import vn.phoihop.units.UnitRegistry;
import vn.phoihop.units.registration.RegistrationService;
import vn.phoihop.units.registration.RegistrationStatus;
import vn.phoihop.units.registration.UnitRegistration;
import vn.phoihop.units.registration.UnitRegistrationRepository;

/**
 * One method per step of {@code RecognitionProcess}: loads the recognition by its process instance,
 * applies the step and saves it. Which unit and year a recognition is for comes from the
 * registration table, and only for the registration's own hand-over: the variables a start carries
 * are compared with it, never believed.
 */
@Service
@Transactional
public class RecognitionService {

    static final String ID_PREFIX = "CN";

    private final RecognitionRepository recognitions;
    private final UnitRegistrationRepository registrations;
    private final RegistrationService registrationService;
    private final UnitRegistry units;
    private final SafeUnitCriteria criteria;
    private final MovementClassifier classifier;
    private final RecordIds recordIds;
    private final EngineAsSystem engineAsSystem;
    private final GroupGrants grants;
    private final JdbcTemplate jdbc;
    private final RecordNotifications notifications;

    RecognitionService(RecognitionRepository recognitions, UnitRegistrationRepository registrations,
                       RegistrationService registrationService, UnitRegistry units, SafeUnitCriteria criteria,
                       MovementClassifier classifier, RecordIds recordIds, EngineAsSystem engineAsSystem,
                       GroupGrants grants, JdbcTemplate jdbc, RecordNotifications notifications) {
        this.recognitions = recognitions;
        this.registrations = registrations;
        this.registrationService = registrationService;
        this.units = units;
        this.criteria = criteria;
        this.classifier = classifier;
        this.recordIds = recordIds;
        this.engineAsSystem = engineAsSystem;
        this.grants = grants;
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    /**
     * Opens the recognition of a handed-over registration, for the instance its own hand-over
     * called ({@code callerInstanceId}); any other start (through the REST API, with forged or
     * mismatched variables, twice for one year) is refused.
     */
    Recognition opened(String processInstanceId, String callerInstanceId, Object registrationId, Object unitCode, Object year) {
        UnitRegistration registration = registrations.findById(String.valueOf(registrationId))
                .filter(found -> found.status() == RegistrationStatus.HANDED_OVER)
                .filter(found -> found.processInstanceId().equals(callerInstanceId))
                .filter(found -> found.unitCode().equals(unitCode))
                .filter(found -> year instanceof Integer given && found.year() == given)
                .orElseThrow(() -> new SubmissionRuleException("units.recognition.error.notHandedOver"));
        if (recognitions.existsByRegistrationId(registration.id())) {
            throw new SubmissionRuleException("units.recognition.error.alreadyOpen");
        }
        Unit unit = units.find(registration.unitCode()).orElseThrow();
        Recognition recognition = recognitions.save(Recognition.open(recordIds.next(ID_PREFIX, registration.year()),
                processInstanceId, registration, unit.getKind()));
        letRead(recognition, registration);
        return recognition;
    }

    void dossierCompiled(String processInstanceId, Object rows, String note, String by) {
        Recognition recognition = of(processInstanceId);
        recognition.compileDossier(groups(recognition).points(rows), note, by, ProvinceClock.now());
    }

    /** The managing level's scores, then the level the province's table gives for their total. */
    void assessed(String processInstanceId, Object rows, String by) {
        Recognition recognition = of(processInstanceId);
        SheetGroups groups = groups(recognition);
        Map<String, BigDecimal> points = groups.points(rows);
        BigDecimal total = points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal share = recognition.unitKind() == UnitKind.COMMUNE ? recognisedShareAround(recognition) : null;
        MovementLevel level = classifier.classify(recognition.unitKind(), total.doubleValue(),
                share == null ? null : share.doubleValue());
        recognition.assess(points, groups.reasons(rows), level, share, by, ProvinceClock.now());
    }

    void appraised(String processInstanceId, boolean agree, String comment, String by) {
        of(processInstanceId).appraise(agree, comment, by, ProvinceClock.now());
    }

    /** The leader's decision; whoever sent the unit's dossier learns it, with a link to the unit's page. */
    void decided(String processInstanceId, boolean recognise, String note, String by) {
        Recognition recognition = of(processInstanceId);
        recognition.decide(recognise, note, by, ProvinceClock.now());
        Unit unit = units.find(recognition.unitCode()).orElseThrow();
        notifications.outcome(recognition.dossierBy(), recognition.id(), processInstanceId,
                "Công nhận \"An toàn về ANTT\" năm " + recognition.year() + ": " + unit.getName(), "/units/" + unit.getCode(),
                recognise ? null : RecordOutcome.REFUSED, null);
    }

    void dossierOverdue(String processInstanceId) {
        of(processInstanceId).dossierOverdue();
    }

    void followedUp(String processInstanceId, String note) {
        of(processInstanceId).followedUp(note);
    }

    SheetGroups groups(Recognition recognition) {
        return new SheetGroups(criteria.scoringSheet(recognition.unitKind(), recognition.year()));
    }

    @Transactional(readOnly = true)
    public Recognition of(String processInstanceId) {
        return recognitions.findByProcessInstanceId(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No recognition for instance " + processInstanceId));
    }

    String unitGroup(Recognition recognition) {
        return Unit.groupIdOf(recognition.unitCode());
    }

    String managingGroup(Recognition recognition) {
        return registrationService.managingGroup(registration(recognition));
    }

    String leadersGroup(Recognition recognition) {
        return registrationService.leadersGroup(registration(recognition));
    }

    private UnitRegistration registration(Recognition recognition) {
        return registrations.findById(recognition.registrationId()).orElseThrow();
    }

    /**
     * A commune's share of the other units on its territory recognised this year (Circular
     * 124/2021/TT-BCA asks at least 70 %); none there is a share of 0.
     */
    private BigDecimal recognisedShareAround(Recognition recognition) {
        Unit commune = units.find(recognition.unitCode()).orElseThrow();
        Integer all = jdbc.queryForObject("select count(*) from safe_unit where commune = ? and kind <> ? and active = true",
                Integer.class, commune.getCommune(), UnitKind.COMMUNE.name());
        Integer recognised = jdbc.queryForObject("select count(distinct u.code) from safe_unit u join unit_recognition r "
                + "on r.unit_code = u.code where u.commune = ? and u.kind <> ? and u.active = true and r.plan_year = ? "
                + "and r.recognised = true", Integer.class, commune.getCommune(), UnitKind.COMMUNE.name(), recognition.year());
        if (Objects.requireNonNullElse(all, 0) == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(recognised).divide(BigDecimal.valueOf(all), 4, RoundingMode.HALF_UP);
    }

    /**
     * The unit and its managing level see the instance in Cockpit and the REST API, as for the
     * registration; a unit's group (not a workflow group of groups.yaml) also needs to read the
     * definition to work on its task.
     */
    private void letRead(Recognition recognition, UnitRegistration registration) {
        engineAsSystem.call(() -> {
            for (String group : List.of(unitGroup(recognition), registrationService.managingGroup(registration))) {
                grants.ensure(group, Resources.PROCESS_INSTANCE, recognition.processInstanceId(), List.of(Permissions.READ));
                grants.ensure(group, Resources.PROCESS_DEFINITION, RecognitionProcessVariables.PROCESS_ID,
                        List.of(Permissions.READ));
            }
            return null;
        });
    }
}
