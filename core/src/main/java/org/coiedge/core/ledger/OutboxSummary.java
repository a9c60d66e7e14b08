package org.coiedge.core.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far the ledger is from the central chain.
 *
 * @param pending       events neither acknowledged nor quarantined
 * @param oldestPending when the oldest of those was recorded; empty when none is pending
 * @param acknowledged  events the central chain acknowledged
 * @param quarantined   events the central chain refused, kept for an administrator
 */
public record OutboxSummary(long pending, Optional<Instant> oldestPending, long acknowledged, long quarantined) {
    public OutboxSummary {
        Objects.requireNonNull(oldestPending, "oldestPending");
        if (pending < 0 || acknowledged < 0 || quarantined < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
