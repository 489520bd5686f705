package vn.phoihop.commendations.registry;

import java.util.Arrays;

import vn.phoihop.commendations.ProposalStatus;

/**
 * What the registry list and its XLSX export are narrowed to. Built from the query string; a
 * value nobody could have picked from the form (an unknown status, a year that is not a number)
 * is dropped rather than answered with an error, as bookmarks outlive status names.
 *
 * @param text matched without marks and case ({@link vn.phoihop.search.SearchText}) against the proposal id, its
 *             title, its decision number and its nominees' names
 * @param page 0-based
 */
public record RegistryFilter(Integer year, String organization, String awardForm, ProposalStatus status, String text, int page) {

    static final int MAX_TEXT = 100;

    static RegistryFilter of(String year, String organization, String awardForm, String status, String text, String page) {
        return new RegistryFilter(number(year), blankToNull(organization), blankToNull(awardForm), status(status),
                text(text), Math.max(0, page == null ? 0 : orZero(number(page))));
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static ProposalStatus status(String value) {
        return value == null ? null : Arrays.stream(ProposalStatus.values())
                .filter(status -> status.name().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
    }

    private static String text(String value) {
        String text = blankToNull(value);
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
