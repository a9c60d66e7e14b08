package org.coiedge.core.ledger;

import org.coiedge.core.event.EventType;

/** Where a unit (bag, tube) stands in its journey, derived from the last event that moved it. */
public enum UnitStatus {
    ASSIGNED,
    COLLECTING,
    COLLECTED,
    LABELED,
    LABEL_VERIFIED,
    LABEL_VOIDED,
    PACKED,
    RECEIVED,
    QUARANTINED,
    REJECTED,
    STORED,
    THAWED,
    VERIFIED_FOR_ADMINISTRATION,
    ADMINISTERING,
    ADMINISTERED,
    /** A mismatch was detected: hard stop until resolved. */
    ON_HOLD_MISMATCH;

    /** The status an event of this type puts its units in, or null when it does not change status. */
    public static UnitStatus after(EventType type) {
        switch (type) {
            case IDENTIFIER_ASSIGNED: return ASSIGNED;
            case COLLECTION_STARTED: return COLLECTING;
            case COLLECTION_COMPLETED: return COLLECTED;
            case LABEL_PRINTED: return LABELED;
            case LABEL_VERIFIED: return LABEL_VERIFIED;
            case LABEL_VOIDED: return LABEL_VOIDED;
            case SHIPMENT_PACKED: return PACKED;
            case RECEIVED: return RECEIVED;
            case QUARANTINED: return QUARANTINED;
            case REJECTED: return REJECTED;
            case STORED: return STORED;
            case THAWED: return THAWED;
            case ADMINISTRATION_VERIFIED: return VERIFIED_FOR_ADMINISTRATION;
            case ADMINISTRATION_STARTED: return ADMINISTERING;
            case ADMINISTRATION_COMPLETED: return ADMINISTERED;
            case MISMATCH_DETECTED: return ON_HOLD_MISMATCH;
            default: return null;
        }
    }
}
