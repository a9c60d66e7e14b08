package org.coiedge.core.workflow;

import java.util.Objects;
import java.util.Set;
import org.coiedge.core.auth.Role;

/**
 * A person who has authenticated at the kiosk (badge + PIN) and may sign steps.
 *
 * @param staffId     the staff id from the badge (DS020 or the site's badge format)
 * @param printedName the name shown with every signature
 * @param roles       what the person may do
 */
public record Operator(String staffId, String printedName, Set<Role> roles) {
    public Operator {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(printedName, "printedName");
        if (staffId.isBlank() || printedName.isBlank()) {
            throw new IllegalArgumentException("an operator needs a staff id and a printed name");
        }
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** True when both are the same person (same staff id), whatever the names say. */
    public boolean samePersonAs(Operator other) {
        return staffId.equals(other.staffId);
    }
}
