package org.coiedge.core.auth;

import java.util.Optional;

/**
 * Looks staff members up by badge. Implementations read the personnel reference data; they may
 * block briefly on local storage, so call off the UI thread. A failure to read is an
 * {@link IllegalStateException} whose message a technician can act on.
 */
@FunctionalInterface
public interface StaffDirectory {
    /** The staff member whose badge carries {@code staffId} (DS020 content), if known here. */
    Optional<StaffMember> find(String staffId);
}
