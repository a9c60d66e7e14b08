package org.coiedge.core.ledger;

/** The reference datasets the central system publishes, each versioned on its own. */
public enum Dataset {
    SITES,
    PERSONNEL,
    ORDERS,
    SHIPMENTS,
    RELEASES,
    /** The canonical step vocabulary (event types) with their display names. */
    STEP_VOCABULARY,
    /** Local step names: key is the local alias, value names the canonical event type. */
    STEP_ALIASES
}
