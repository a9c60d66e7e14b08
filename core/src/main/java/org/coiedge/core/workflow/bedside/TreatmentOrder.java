package org.coiedge.core.workflow.bedside;

import java.util.Objects;
import org.coiedge.core.isbt128.CoiId;

/**
 * The treatment order (episode) that links a patient to a chain of identity, from the orders
 * reference data.
 *
 * @param orderId   the order's id in the central system
 * @param patientId the patient's id at the treating site (as on the wristband)
 * @param coi       the chain of identity of the patient's product
 * @param therapy   the therapy's name, for the screen
 */
public record TreatmentOrder(String orderId, String patientId, CoiId coi, String therapy) {
    public TreatmentOrder {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(coi, "coi");
        Objects.requireNonNull(therapy, "therapy");
    }
}
