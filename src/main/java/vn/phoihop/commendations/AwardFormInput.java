package vn.phoihop.commendations;

/** What the award-form page posts; kept as typed so that a refused form comes back filled in. */
public class AwardFormInput {

    private String code;
    private String nameVi;
    private String nameEn;
    private String issuerCode;
    private String issuingBody;
    private String signerTitle;
    private Integer appraisalDays = AwardFormRow.DEFAULT_APPRAISAL_DAYS;

    static AwardFormInput of(AwardForm award) {
        AwardFormInput input = new AwardFormInput();
        input.code = award.getCode();
        input.nameVi = award.getNameVi();
        input.nameEn = award.getNameEn();
        input.issuerCode = award.getIssuerCode();
        input.issuingBody = award.getIssuingBody();
        input.signerTitle = award.getSignerTitle();
        input.appraisalDays = award.getAppraisalDays();
        return input;
    }

    AwardFormRow toRow() {
        return new AwardFormRow(code, trim(nameVi), trim(nameEn), trim(issuerCode), trim(issuingBody), trim(signerTitle),
                appraisalDays);
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getIssuerCode() {
        return issuerCode;
    }

    public void setIssuerCode(String issuerCode) {
        this.issuerCode = issuerCode;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public void setIssuingBody(String issuingBody) {
        this.issuingBody = issuingBody;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public Integer getAppraisalDays() {
        return appraisalDays;
    }

    public void setAppraisalDays(Integer appraisalDays) {
        this.appraisalDays = appraisalDays;
    }
}
