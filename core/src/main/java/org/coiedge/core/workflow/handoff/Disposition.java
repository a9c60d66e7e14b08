package org.coiedge.core.workflow.handoff;

/** What receiving staff decide for each received unit. */
public enum Disposition {
    ACCEPT,
    /** Held pending investigation; needs a reason. */
    QUARANTINE,
    /** Refused; needs a reason. */
    REJECT
}
