package org.coiedge.core.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The central chain accepted an event (or already had it) and gave it a place in its own order.
 *
 * @param eventId        the event's id
 * @param serverSequence the central chain's sequence number for it (positive, unique per central system)
 * @param acknowledgedAt when the device learned of it
 */
public record Acknowledgement(UUID eventId, long serverSequence, Instant acknowledgedAt) {
    public Acknowledgement {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(acknowledgedAt, "acknowledgedAt");
        if (serverSequence < 1) {
            throw new IllegalArgumentException("a server sequence starts at 1: " + serverSequence);
        }
    }
}
