package org.coiedge.core.workflow.collection;

import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.isbt128.CoiId;

/**
 * The order (therapy episode) a collection is for, from the orders reference data.
 *
 * @param orderId   the order's id
 * @param patientId the patient's id at the collection site (as on the wristband)
 * @param coi       the COI already assigned to this therapy episode (by an earlier collection), if any
 * @param therapy   the therapy's name, for the screen
 */
public record CollectionOrder(String orderId, String patientId, Optional<CoiId> coi, String therapy) {
    public CollectionOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(coi, "coi");
        Objects.requireNonNull(therapy, "therapy");
    }
}
