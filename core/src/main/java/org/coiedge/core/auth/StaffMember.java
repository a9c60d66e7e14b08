package org.coiedge.core.auth;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who may sign in, as the personnel reference data describes them.
 *
 * @param staffId the DS020 content of their badge: FIN and 6 characters, e.g. {@code A9999T00001}
 * @param name    the printed name shown on screen and on signatures
 * @param roles   what they may do; at least one
 * @param pin     the hash of their PIN; empty set of roles or missing PIN cannot sign in
 */
public record StaffMember(String staffId, String name, Set<Role> roles, PinHash pin) {
    public StaffMember {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pin, "pin");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("staff member " + staffId + " has no role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
