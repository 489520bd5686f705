package vn.phoihop.reports;

import java.time.LocalDate;
import java.util.Locale;

import vn.phoihop.forms.SubmissionRuleException;

/**
 * The two reports of the plan's section IV: the six-monthly review (sơ kết, figures from 1 January)
 * and the yearly one (tổng kết, the whole year). Figures are counted from the year's start to the day
 * an organisation submits, which is what an office's report of either kind says.
 */
public enum ReportPeriod {
    HALF_YEAR("Sơ kết 6 tháng đầu năm", "Six-monthly report", "sơ kết 6 tháng đầu năm"),
    YEAR("Tổng kết năm", "Yearly report", "tổng kết năm");

    private final String titleVi;
    private final String titleEn;
    private final String inSentence;

    ReportPeriod(String titleVi, String titleEn, String inSentence) {
        this.titleVi = titleVi;
        this.titleEn = titleEn;
        this.inSentence = inSentence;
    }

    /** The last day the figures can cover. */
    public LocalDate lastDay(int year) {
        return this == HALF_YEAR ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
    }

    String inSentence() {
        return inSentence;
    }

    static ReportPeriod parse(Object value) {
        for (ReportPeriod period : values()) {
            if (period.name().equals(value)) {
                return period;
            }
        }
        throw new SubmissionRuleException("reports.error.period");
    }
}
