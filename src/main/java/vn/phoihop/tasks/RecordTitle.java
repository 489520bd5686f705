package vn.phoihop.tasks;

/**
 * Each process keeps a short, human label of the record it is about (the unit, the nominee) in
 * this process variable, so the task list can show and search it without knowing every feature's
 * tables. It is set by the feature that starts the process.
 */
public final class RecordTitle {

    public static final String VARIABLE = "recordTitle";

    /**
     * The document number the record is known by once it has one ("01/QĐ-CAT", "02/TTr-MTTQ"), a
     * process variable of the instance like the title: the task list finds its tasks by it, as
     * people type it ("01/qd-cat"). Set by the feature's step that gives the number.
     */
    public static final String NUMBER_VARIABLE = "recordNumber";

    /** At most what a notification or a heading keeps of it. */
    static final int MAX_LABEL = 255;

    private RecordTitle() {
    }

    /**
     * How a record is named to people who meet it outside its page (a notification, an e-mail):
     * "KT-2026-0003 – Khen thưởng …", or whichever of the two there is; null when neither.
     */
    public static String label(String businessKey, String title) {
        boolean hasKey = businessKey != null && !businessKey.isBlank();
        boolean hasTitle = title != null && !title.isBlank();
        if (!hasKey && !hasTitle) {
            return null;
        }
        String label = hasKey && hasTitle && !title.startsWith(businessKey) ? businessKey + " – " + title
                : hasTitle ? title : businessKey;
        return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label;
    }
}
