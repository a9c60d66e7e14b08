package org.coiedge.core.workflow.handoff;

/** What scanning one unit against a manifest found. */
public enum UnitScan {
    /** Expected, first scan, in date, right COI. */
    ACCEPTED,
    /** Scanned before: the same bag twice, or two bags with the same label. Blocks until confirmed. */
    DUPLICATE,
    /** Not on the manifest. */
    UNEXPECTED,
    /** On the manifest but expired. */
    EXPIRED,
    /** Its label names another COI than the manifest's. */
    WRONG_COI
}
