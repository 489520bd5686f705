package vn.phoihop.units.recognition;

/** Where a unit's year-end recognition stands. */
public enum RecognitionStatus {
    /** The unit compiles its dossier. */
    DOSSIER,
    /** The managing level assesses the dossier (again, after PX05 returned it). */
    ASSESSMENT,
    /** PX05 appraises the assessment. */
    APPRAISAL,
    /** A leader of the managing level decides. */
    DECISION,
    RECOGNISED,
    NOT_RECOGNISED
}
