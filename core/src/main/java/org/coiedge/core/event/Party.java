package org.coiedge.core.event;

import java.util.Objects;

/**
 * One side of a custody handoff.
 *
 * @param role what kind of party this is
 * @param id   its identifier in the reference data (staff id, site FIN or GLN, courier account)
 * @param name the name people see, as it was when the event happened
 */
public record Party(PartyRole role, String id, String name) {
    public Party {
        Objects.requireNonNull(role, "role");
        Text.requireNonBlank(id, "party id");
        Text.requireNonBlank(name, "party name");
    }
}
