package vn.phoihop.units.recognition;

import vn.phoihop.tasks.RecordTitle;
import vn.phoihop.units.registration.UnitRegistrationProcessVariables;

/**
 * Names of the process variables of {@code processes/RecognitionProcess.bpmn} and the values its
 * gateways test (DESIGN.md §4). The three inputs are what {@code UnitRegistrationProcess} passes
 * to its call activity; the forms {@code forms/recognition-*.form} use the other keys, local to
 * their task, and the step's listener records them in the {@link Recognition}.
 */
public final class RecognitionProcessVariables {

    public static final String PROCESS_ID = "RecognitionProcess";

    public static final String RECORD_TITLE = RecordTitle.VARIABLE;
    /** Inputs of the call activity: checked against the registration table, never trusted alone. */
    public static final String REGISTRATION_ID = UnitRegistrationProcessVariables.REGISTRATION_ID;
    public static final String UNIT_CODE = UnitRegistrationProcessVariables.UNIT_CODE;
    public static final String YEAR = UnitRegistrationProcessVariables.YEAR;
    /** The business key and id of the recognition, e.g. {@code CN-2026-0007}. */
    public static final String RECOGNITION_ID = "recognitionId";

    /** When the dossier is due: the dossier task's due date and its overdue timer read it. */
    public static final String DOSSIER_DUE_AT = "dossierDueAt";

    /** Dossier form: one row per criterion group ({@code group}, {@code points}), a note and the four documents. */
    public static final String GROUP_SCORES = "groupScores";
    public static final String ROW_GROUP = "group";
    public static final String ROW_POINTS = "points";
    public static final String ROW_REASON = "reason";
    /** The options of the rows' group select ({@code valuesKey}), from the record. */
    public static final String GROUP_OPTIONS = "scoringGroups";
    public static final String DOSSIER_NOTE = "dossierNote";
    public static final String SUBMISSION_LETTER = "submissionLetter";
    public static final String RESULTS_REPORT = "resultsReport";
    public static final String MEETING_MINUTES = "meetingMinutes";
    public static final String SELF_SCORING_SHEET = "selfScoringSheet";

    /** Assessment form: the same rows with the managing level's points and, where they differ, the reason. */
    public static final String ASSESSED_SCORES = "assessedScores";

    /** Appraisal form: {@link #APPRAISAL_AGREE} or {@link #APPRAISAL_RETURN}, and a comment (required to return). */
    public static final String APPRAISAL_OUTCOME = "appraisalOutcome";
    public static final String APPRAISAL_AGREE = "agree";
    public static final String APPRAISAL_RETURN = "return";
    public static final String APPRAISAL_COMMENT = "appraisalComment";

    /** Decision form: {@link #DECISION_RECOGNISE} or {@link #DECISION_NOT_RECOGNISE} and a note; the gateway tests {@link #RECOGNISED}. */
    public static final String DECISION = "decision";
    public static final String DECISION_RECOGNISE = "recognise";
    public static final String DECISION_NOT_RECOGNISE = "not-recognise";
    public static final String DECISION_NOTE = "decisionNote";
    public static final String RECOGNISED = "recognised";

    /** Overdue follow-up form: what the managing level did about the late dossier. */
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    private RecognitionProcessVariables() {
    }
}
