package vn.phoihop.commendations;

import java.util.List;

/** One award form as written in {@code reference/award-forms.yaml}. */
record AwardFormRow(String code, String nameVi, String nameEn, String issuerCode, String issuingBody,
                    String signerTitle, Integer appraisalDays) {

    /** The appraisal time limit when a row names none (issue #4: ten working days). */
    static final int DEFAULT_APPRAISAL_DAYS = 10;

    record File(List<AwardFormRow> awardForms) {
    }
}
