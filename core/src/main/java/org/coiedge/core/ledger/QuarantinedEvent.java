package org.coiedge.core.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.coiedge.core.event.EventType;
import org.coiedge.core.isbt128.CoiId;

/**
 * An event the central chain refused, as an administrator sees it: kept in the ledger, not uploaded again.
 *
 * @param sequence   its position in this device's chain
 * @param eventId    its id
 * @param type       its event type
 * @param coi        its chain of identity
 * @param code       the central system's reason code
 * @param reason     the central system's reason, in words
 * @param rejectedAt when the device learned of the refusal
 */
public record QuarantinedEvent(long sequence, UUID eventId, EventType type, CoiId coi, String code, String reason,
        Instant rejectedAt) {
    public QuarantinedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(coi, "coi");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
    }
}
