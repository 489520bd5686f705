package vn.phoihop.plans;

/** A duty as the draft form gives it: its number, when it runs, what it says. */
record DutyDraft(String code, String periodicity, String text) {
}
