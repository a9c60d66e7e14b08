package org.coiedge.sync;

import java.util.Objects;
import java.util.UUID;

/** What the central chain did with one uploaded event. */
public sealed interface EventOutcome permits EventOutcome.Accepted, EventOutcome.Duplicate, EventOutcome.Rejected {

    UUID eventId();

    /** Newly recorded by the central chain as {@code serverSequence}. */
    record Accepted(UUID eventId, long serverSequence) implements EventOutcome {
        public Accepted {
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /** The central chain already had it (an earlier upload whose answer was lost); an acknowledgement all the same. */
    record Duplicate(UUID eventId, long serverSequence) implements EventOutcome {
        public Duplicate {
            Objects.requireNonNull(eventId, "eventId");
        }
    }

    /**
     * Refused. {@code holdsPosition}: the central chain recorded the refusal at the event's place in
     * the device's chain, so the events after it can still be accepted.
     */
    record Rejected(UUID eventId, String code, String reason, boolean holdsPosition) implements EventOutcome {
        public Rejected {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
