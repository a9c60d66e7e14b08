package org.coiedge.core.ledger;

import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;

/**
 * Blocks of DIN and COI sequence numbers leased from the central system, so a device can assign
 * identifiers offline without collisions. Allocation is atomic and durable before it returns: a
 * number is never handed out twice, also across crashes and restarts (a number allocated just
 * before a crash may go unused; it is never reused). Thread-safe.
 */
public interface IdentifierBlocks {

    /**
     * Records a leased block {@code [first, last]} of sequence numbers.
     *
     * @throws LedgerException REFUSED if it overlaps a block already leased for the same kind, FIN and year
     */
    void lease(IdentifierKind kind, Fin fin, int year, long first, long last) throws LedgerException;

    /** Takes the next free DIN. @throws LedgerException EXHAUSTED when no leased number is left */
    Din nextDin(Fin fin, int year) throws LedgerException;

    /** Takes the next free COI identifier. @throws LedgerException EXHAUSTED when no leased number is left */
    CoiId nextCoi(Fin fin, int year) throws LedgerException;

    /** How many numbers are left in the leased blocks. */
    long remaining(IdentifierKind kind, Fin fin, int year) throws LedgerException;
}
