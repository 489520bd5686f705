package vn.phoihop.processes;

import java.util.Map;
import java.util.Optional;

import vn.phoihop.security.PortalUser;

/**
 * A feature's first values for another process's start form, named in the link that opens it
 * ({@code /processes/CommendationProcess/start?prefill=recognition:CN-2026-0007}): the feature reads
 * them from its own table for a record the user may see, never from the link. They only fill the
 * form; what is sent is checked as any start.
 */
public interface StartFormPrefill {

    /**
     * The values by field key for the start form of {@code processKey}, or empty when the
     * reference is not this feature's, or names a record the user may not use.
     */
    Optional<Map<String, Object>> values(String processKey, String reference, PortalUser user);
}
