package org.coiedge.core.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The central chain refused an event. The event stays in the ledger, unchanged, and is quarantined:
 * no longer offered for upload, counted in the sync status and listed for an administrator.
 *
 * @param eventId    the refused event
 * @param code       the central system's reason code (for example {@code HASH_MISMATCH}, {@code FORK})
 * @param reason     the central system's reason, in words
 * @param rejectedAt when the device learned of it
 */
public record Rejection(UUID eventId, String code, String reason, Instant rejectedAt) {
    public Rejection {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
    }
}
