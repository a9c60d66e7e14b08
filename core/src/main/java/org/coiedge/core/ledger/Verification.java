package org.coiedge.core.ledger;

import java.util.Objects;
import java.util.UUID;

/** The outcome of walking a ledger's hash chain and checking every hash and signature. */
public sealed interface Verification permits Verification.Intact, Verification.Broken {

    /** Number of events in the chain (intact) or checked before the first break (broken). */
    long events();

    /** Every event is present, in order, unaltered and signed by the device. */
    record Intact(long events, String headHash) implements Verification {
        public Intact {
            Objects.requireNonNull(headHash, "headHash");
        }
    }

    /**
     * The chain is broken; this names the first broken event.
     *
     * @param events   events that verified before the break
     * @param sequence chain position of the broken (or missing) event
     * @param eventId  the broken event's id, or null when the event is missing and its id unknown
     * @param problem  what is wrong
     * @param detail   one sentence for people
     */
    record Broken(long events, long sequence, UUID eventId, ChainProblem problem, String detail)
            implements Verification {
        public Broken {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
