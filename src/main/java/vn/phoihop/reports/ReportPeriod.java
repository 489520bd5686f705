package vn.phoihop.reports;

import java.time.LocalDate;

import vn.phoihop.forms.SubmissionRuleException;

/**
 * The two reports of the plan's section IV: the six-monthly review (sơ kết, figures from 1 January)
 * and the yearly one (tổng kết, the whole year). Figures are counted from the year's start to the day
 * an organisation submits, which is what an office's report of either kind says.
 */
public enum ReportPeriod {
    HALF_YEAR("sơ kết 6 tháng đầu năm"),
    YEAR("tổng kết năm");

    private final String inSentence;

    ReportPeriod(String inSentence) {
        this.inSentence = inSentence;
    }

    /** The last day the figures can cover. */
    public LocalDate lastDay(int year) {
        return this == HALF_YEAR ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
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
