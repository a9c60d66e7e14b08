package org.coiedge.core.ledger;

import java.util.List;
import org.coiedge.core.event.CustodyEvent;

/**
 * What sync keeps in the ledger beside the events: the central chain's acknowledgements, the events
 * it refused (quarantined, never dropped, never changed) and what is still to be sent.
 *
 * <p><b>Threading.</b> Thread-safe. Writes go through the ledger's writer thread and are durable
 * when {@link #record} returns; reads see a consistent snapshot.
 *
 * <p><b>Failures.</b> {@link LedgerException}: STORAGE when the file cannot be used, REFUSED when
 * an outcome contradicts one already recorded (an acknowledged event refused, or acknowledged again
 * under another server sequence, or an unknown event), CLOSED after the ledger was closed. A
 * refused {@link #record} call records nothing.
 */
public interface SyncRecords {

    /** Up to {@code max} events neither acknowledged nor quarantined, in chain order. */
    List<CustodyEvent> pending(int max) throws LedgerException;

    /**
     * Up to {@code max} events after chain position {@code sequence} neither acknowledged nor
     * quarantined, in chain order: the next batch, read while the previous one is still on its way.
     */
    List<CustodyEvent> pendingAfter(long sequence, int max) throws LedgerException;

    /**
     * Records the outcome of one upload in one durable transaction: all or nothing. Recording the
     * same acknowledgement or rejection again is a no-op.
     */
    void record(List<Acknowledgement> acknowledged, List<Rejection> rejected) throws LedgerException;

    /** Counts and the oldest pending event's recording time. */
    OutboxSummary summary() throws LedgerException;

    /** Every quarantined event, in chain order. */
    List<QuarantinedEvent> quarantined() throws LedgerException;
}
