package org.coiedge.core.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of sync for people and screens.
 *
 * @param state          what the worker is doing
 * @param pendingCount   events recorded here and not yet acknowledged by the central chain
 * @param oldestPending  when the oldest of those was recorded, empty when none is pending
 * @param lastSuccess    the end of the last round that reached the central system, empty if none yet
 * @param lastError      the last problem, in words a technician can act on, empty if the last round succeeded
 * @param rejectedCount  events the central chain refused; they stay in the ledger, quarantined, for an administrator
 * @param clockSkew      device clock minus server clock as last measured, empty if never measured
 * @param skewExceeded   true when {@code clockSkew} is beyond the configured threshold
 * @param at             when this snapshot was taken
 */
public record SyncStatus(
        SyncState state,
        long pendingCount,
        Optional<Instant> oldestPending,
        Optional<Instant> lastSuccess,
        Optional<String> lastError,
        long rejectedCount,
        Optional<Duration> clockSkew,
        boolean skewExceeded,
        Instant at) {

    public SyncStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(oldestPending, "oldestPending");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(clockSkew, "clockSkew");
        Objects.requireNonNull(at, "at");
        if (pendingCount < 0 || rejectedCount < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** The status of a device with no central system configured. */
    public static SyncStatus notConfigured(long pendingCount, Optional<Instant> oldestPending, Instant at) {
        return new SyncStatus(SyncState.NOT_CONFIGURED, pendingCount, oldestPending, Optional.empty(),
                Optional.empty(), 0, Optional.empty(), false, at);
    }

    /** How long the oldest pending event has waited at {@code now}; zero when none is pending. */
    public Duration oldestPendingAge(Instant now) {
        return oldestPending.map(t -> Duration.between(t, now)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
    }
}
