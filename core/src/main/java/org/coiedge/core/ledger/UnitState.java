package org.coiedge.core.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.coiedge.core.event.Party;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;

/**
 * One unit's custody at a moment.
 *
 * @param din         the unit
 * @param status      its status, or null if no event has set one yet
 * @param holder      who holds it (the last to-party), or null if nobody has taken custody
 * @param site        the facility of the last event that concerned it
 * @param lastEventId that last event
 * @param since       when that event happened
 */
public record UnitState(Din din, UnitStatus status, Party holder, Fin site, UUID lastEventId, Instant since) {
    public UnitState {
        Objects.requireNonNull(din, "din");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(lastEventId, "lastEventId");
        Objects.requireNonNull(since, "since");
    }
}
