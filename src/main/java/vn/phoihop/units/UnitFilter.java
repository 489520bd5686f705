package vn.phoihop.units;

import java.util.Arrays;

/** The list's filters as typed in the query string; anything unknown is ignored rather than refused. */
public record UnitFilter(UnitKind kind, String managingOrganization, Boolean active, String text) {

    static UnitFilter of(String kind, String org, String active, String q) {
        UnitKind parsedKind = Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        Boolean parsedActive = "true".equals(active) ? Boolean.TRUE : "false".equals(active) ? Boolean.FALSE : null;
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
        return new UnitFilter(parsedKind, org == null || org.isBlank() ? null : org, parsedActive, text);
    }

    /** For the page's select: the active filter's value as the query string gives it. */
    public String activeValue() {
        return active == null ? "" : active.toString();
    }
}
