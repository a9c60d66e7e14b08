package org.coiedge.sync;

import java.util.Objects;
import java.util.UUID;

/**
 * The central chain refused an event because it does not continue the device's chain as the
 * central chain holds it; that event and the ones after it in the batch were not looked at.
 *
 * @param eventId              the refused event
 * @param sequence             its position in the device's chain
 * @param expectedSequence     the position the central chain expects next
 * @param expectedPreviousHash the hash the next event must link to
 * @param reason               the central system's explanation
 */
public record ChainBreak(UUID eventId, long sequence, long expectedSequence, String expectedPreviousHash,
        String reason) {
    public ChainBreak {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(expectedPreviousHash, "expectedPreviousHash");
        Objects.requireNonNull(reason, "reason");
    }
}
