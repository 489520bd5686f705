package vn.phoihop.commendations;

/**
 * A collective or an individual a proposal names. The outcome flags are {@code null} until the
 * step deciding them ran: appraisal by PX05, approval by each side, and the award itself.
 *
 * @param position 1, 2, 3 … in the order of the tờ trình; also the value the appraisal and approval checklists post
 * @param kind     {@link #COLLECTIVE} or {@link #INDIVIDUAL}
 * @param jobTitle an individual's position; empty for a collective
 */
public record Nominee(int position, String kind, String name, String jobTitle, String organizationName,
                      String achievement, Boolean appraisalPassed, Boolean policeApproved, Boolean frontApproved,
                      Boolean awarded) {

    public static final String COLLECTIVE = "collective";
    public static final String INDIVIDUAL = "individual";

    /** How the nominee is named in checklists and the decision: "Nguyễn Văn A – Tổ trưởng – Hội Nông dân xã X". */
    public String label() {
        StringBuilder label = new StringBuilder(name);
        if (jobTitle != null && !jobTitle.isBlank()) {
            label.append(" – ").append(jobTitle);
        }
        return label.append(" – ").append(organizationName).toString();
    }
}
