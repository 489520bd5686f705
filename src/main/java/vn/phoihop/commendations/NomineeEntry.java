package vn.phoihop.commendations;

/** One row of the proposal form's nominee list, as the proposer typed it. */
public record NomineeEntry(String kind, String name, String jobTitle, String organizationName, String achievement) {
}
