package vn.phoihop.models;

/** A model's values as typed in the form or read from a row of a file, before the rules ({@link ModelRules}). */
record ModelValues(String type, String name, String sponsor, String district, String commune, String startedOn,
                   String boardMembers) {
}
