package org.coiedge.core.event;

/**
 * The canonical vocabulary of custody events. Local step names map onto these through the
 * reference data aliases; only these names are ever written to the ledger.
 */
public enum EventType {
    PATIENT_IDENTIFIED,
    COLLECTION_STARTED,
    COLLECTION_COMPLETED,
    IDENTIFIER_ASSIGNED,
    LABEL_PRINTED,
    LABEL_VERIFIED,
    LABEL_VOIDED,
    CUSTODY_TRANSFERRED,
    SHIPMENT_PACKED,
    RECEIVED,
    QUARANTINED,
    REJECTED,
    STORED,
    THAWED,
    ADMINISTRATION_VERIFIED,
    ADMINISTRATION_STARTED,
    ADMINISTRATION_COMPLETED,
    MISMATCH_DETECTED,
    UNABLE_TO_SCAN,
    /** Voids the event it points at; the reason says why. Nothing is ever updated in place. */
    CORRECTION
}
