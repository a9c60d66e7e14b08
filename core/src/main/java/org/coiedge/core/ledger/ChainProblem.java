package org.coiedge.core.ledger;

/** What chain verification found wrong with the first broken event. */
public enum ChainProblem {
    /** An event is gone: the sequence has a gap, or an acknowledged event is no longer there. */
    MISSING,
    /** An event's content no longer matches its hash or its device signature. */
    ALTERED,
    /** Events are out of their recorded order. */
    REORDERED,
    /** An event that the device never signed sits between two genuine ones. */
    INSERTED,
    /** An event does not link to the one before it (its previous hash differs). */
    UNLINKED
}
