package vn.phoihop.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One numbered item of a plan's section (II.1 …), with the section it belongs to. */
@Embeddable
public class PlanItem {

    @Column(name = "section_code", nullable = false)
    private String sectionCode;
    @Column(name = "section_title", nullable = false)
    private String sectionTitle;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String text;

    protected PlanItem() {
    }

    PlanItem(String sectionCode, String sectionTitle, String code, String text) {
        this.sectionCode = sectionCode;
        this.sectionTitle = sectionTitle;
        this.code = code;
        this.text = text;
    }

    public String sectionCode() {
        return sectionCode;
    }

    public String sectionTitle() {
        return sectionTitle;
    }

    public String code() {
        return code;
    }

    public String text() {
        return text;
    }
}
