package org.coiedge.core.workflow.bedside;

/**
 * The checks at the bedside. Every failure is a hard stop; none of them can be overridden at the
 * kiosk (COI and patient mismatches never; the others only by fixing the record centrally, e.g. a
 * missing release, and starting again).
 */
public enum BedsideRule {
    /** The wristband's patient has no open treatment order. */
    NO_ORDER,
    /** The bag's COI is not the COI of the patient's order. */
    COI_MISMATCH,
    /** The patient id printed on the bag is not the wristband's. */
    PATIENT_MISMATCH,
    /** No release exists for this bag. */
    NO_RELEASE,
    /** The bag's release names another patient or another COI. */
    RELEASED_FOR_ANOTHER_PATIENT,
    /** The product has expired. */
    EXPIRED,
    /** The ledger already records this bag as administered (or being administered). */
    ALREADY_ADMINISTERED,
    /** The ledger does not show this bag in this site's custody. */
    NOT_IN_SITE_CUSTODY,
    /** The bag is on hold after an earlier mismatch. */
    ON_HOLD,
    /** The second nurse's scans differ from the first nurse's. */
    SECOND_CHECK_DIFFERS;

    /** COI and patient identity mismatches: never overridable by anyone. */
    public boolean identity() {
        return this == COI_MISMATCH || this == PATIENT_MISMATCH || this == RELEASED_FOR_ANOTHER_PATIENT
                || this == SECOND_CHECK_DIFFERS;
    }
}
