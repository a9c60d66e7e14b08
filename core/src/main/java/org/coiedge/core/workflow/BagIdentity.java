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
 * @param provenance how the DIN was obtained
 * @param coiProvenance how the COI was obtained (a DIN keyed by hand may sit beside a scanned COI)
 */
public record BagIdentity(Din din, Optional<CoiId> coi, Optional<LocalDateTime> expiry, Optional<String> patientId,
        IdentifierProvenance provenance, IdentifierProvenance coiProvenance) {

    public BagIdentity {
        Objects.requireNonNull(din, "din");
        Objects.requireNonNull(coi, "coi");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(coiProvenance, "coiProvenance");
    }

    /** DIN and COI obtained the same way. */
    public BagIdentity(Din din, Optional<CoiId> coi, Optional<LocalDateTime> expiry, Optional<String> patientId,
            IdentifierProvenance provenance) {
        this(din, coi, expiry, patientId, provenance, provenance);
    }

    /** True when the DIN or the COI was keyed by hand instead of scanned. */
    public boolean keyed() {
        return provenance == IdentifierProvenance.KEYED_WITH_CHECK || coi.isPresent()
                && coiProvenance == IdentifierProvenance.KEYED_WITH_CHECK;
    }

    /** A bag identified by DIN and COI only. */
    public static BagIdentity of(Din din, CoiId coi, IdentifierProvenance provenance) {
        return new BagIdentity(din, Optional.of(coi), Optional.empty(), Optional.empty(), provenance);
    }
}
