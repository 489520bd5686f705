package vn.phoihop.forms;

import java.util.List;
import java.util.Locale;

/**
 * Supplies the options of a select, radio or checklist whose form-js custom property {@code referenceData}
 * names a reference list (units, document kinds, ...). Implemented by the reference-data feature; without
 * such a bean every reference list is empty, so any value posted for it is refused.
 */
public interface ReferenceOptionsSource {

    /** The options of the named list, labelled for the locale; an empty list for an unknown name. */
    List<FormOption> options(String referenceName, Locale locale);
}
