package org.coiedge.sync;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The central chain's answer to one batch: an outcome for each event it processed, in order (a
 * prefix of the batch: it may stop early), and the chain break that stopped it, if one did.
 */
public record UploadResult(List<EventOutcome> outcomes, Optional<ChainBreak> chainBreak) {
    public UploadResult {
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(chainBreak, "chainBreak");
    }
}
