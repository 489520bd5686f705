package vn.phoihop.zalo;

/** A Zalo group's values as typed in the form or read from a row of a file, before the rules ({@link ZaloGroupRules}). */
record ZaloGroupValues(String organization, String name, String level, String area, String residentGroup, String administrator,
                       String joinLink, String members, String countedOn) {
}
