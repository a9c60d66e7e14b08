package org.coiedge.core.workflow.bedside;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.event.CustodyEvent;

/** The outcome of a bedside scan: carry on, or a hard stop that is already recorded. */
public sealed interface BedsideDecision permits BedsideDecision.Proceed, BedsideDecision.HardStop {

    /** Every check passed. */
    record Proceed(TreatmentOrder order, Release release) implements BedsideDecision {
        public Proceed {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(release, "release");
        }
    }

    /**
     * Something did not match: a full-screen stop with no override. {@code recorded} is the
     * MISMATCH_DETECTED event, empty only when the bag carried no COI and the patient has no order
     * (there is no chain to record it on).
     */
    record HardStop(List<Mismatch> mismatches, Optional<CustodyEvent> recorded) implements BedsideDecision {
        public HardStop {
            mismatches = List.copyOf(mismatches);
            if (mismatches.isEmpty()) {
                throw new IllegalArgumentException("a hard stop names at least one mismatch");
            }
            Objects.requireNonNull(recorded, "recorded");
        }
    }
}
