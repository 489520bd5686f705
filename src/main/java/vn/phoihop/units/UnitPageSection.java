package vn.phoihop.units;

import vn.phoihop.security.PortalUser;

/**
 * A part of a unit's page that a feature of the unit's year adds (its registrations, its
 * recognition), so that the registry's page shows them without depending on those features.
 * The template has a fragment {@code section(data)}.
 */
public interface UnitPageSection {

    /** The Thymeleaf template that holds the {@code section(data)} fragment. */
    String template();

    /** What the fragment shows for the unit to this viewer (one who may see the unit); read when the page is drawn. */
    Object data(Unit unit, PortalUser viewer);

    /** A section as the page draws it. */
    record Shown(String template, Object data) {
    }
}
