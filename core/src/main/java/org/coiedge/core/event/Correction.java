package org.coiedge.core.event;

import java.util.Objects;
import java.util.UUID;

/**
 * Marks an event as correcting an earlier one. The corrected event stays in the ledger untouched;
 * derived state ignores it from the moment the correction was recorded.
 *
 * @param correctedEventId the event being corrected
 * @param reason           why, in the words of the person correcting it
 */
public record Correction(UUID correctedEventId, String reason) {
    public Correction {
        Objects.requireNonNull(correctedEventId, "correctedEventId");
        Text.requireNonBlank(reason, "correction reason");
    }
}
