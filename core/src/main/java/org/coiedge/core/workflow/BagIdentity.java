package org.coiedge.core.workflow;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;

/**
 * What the labels of one bag (or tube) said, as read at a step.
 *
 * @param din        the unit
 * @param coi        its chain of identity, when the label carries DS040
 * @param expiry     the label's expiry (DS005), in the labelling facility's local time
 * @param patientId  the patient id on the label (DS025), when it carries one
 * @param provenance how the DIN and COI were obtained
 */
public record BagIdentity(Din din, Optional<CoiId> coi, Optional<LocalDateTime> expiry, Optional<String> patientId,
        IdentifierProvenance provenance) {

    public BagIdentity {
        Objects.requireNonNull(din, "din");
        Objects.requireNonNull(coi, "coi");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** A bag identified by DIN and COI only. */
    public static BagIdentity of(Din din, CoiId coi, IdentifierProvenance provenance) {
        return new BagIdentity(din, Optional.of(coi), Optional.empty(), Optional.empty(), provenance);
    }
}
