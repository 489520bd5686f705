package vn.phoihop.commendations;

import java.util.Arrays;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.phoihop.portal.Bilingual;

/** A form of commendation (Giấy khen, Bằng khen, Kỷ niệm chương ...), from {@code reference/award-forms.yaml}. */
@Entity
@Table(name = "award_form")
public class AwardForm {

    @Id
    private String code;
    @Column(name = "name_vi", nullable = false)
    private String nameVi;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    /** The symbol after "QĐ-" and the decision-number counter, e.g. {@code CAT}. */
    @Column(name = "issuer_code", nullable = false)
    private String issuerCode;
    /** As printed at the top left of the decision, e.g. "CÔNG AN TỈNH TÂY NINH". */
    @Column(name = "issuing_body", nullable = false)
    private String issuingBody;
    @Column(name = "signer_title", nullable = false)
    private String signerTitle;
    @Column(name = "appraisal_days", nullable = false)
    private int appraisalDays;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected AwardForm() {
    }

    AwardForm(String code) {
        this.code = code;
    }

    boolean updateFrom(AwardFormRow row, int order) {
        var before = snapshot();
        nameVi = row.nameVi();
        nameEn = row.nameEn();
        issuerCode = row.issuerCode();
        issuingBody = row.issuingBody();
        signerTitle = row.signerTitle();
        appraisalDays = row.appraisalDays() == null ? AwardFormRow.DEFAULT_APPRAISAL_DAYS : row.appraisalDays();
        sortOrder = order;
        return !before.equals(snapshot());
    }

    private Object snapshot() {
        return Arrays.asList(nameVi, nameEn, issuerCode, issuingBody, signerTitle, appraisalDays, sortOrder);
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameVi, nameEn);
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getIssuerCode() {
        return issuerCode;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public int getAppraisalDays() {
        return appraisalDays;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
