package org.coiedge.core.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;

/**
 * The custody ledger: an append-only, hash-chained, device-signed record of custody events.
 *
 * <p><b>Threading.</b> All methods may be called from any thread. Writes are carried out by one
 * writer thread in the order they reach it; callers block until their write is done. Reads run on
 * the caller's thread against a consistent snapshot and never see a half-written event.
 *
 * <p><b>Durability.</b> {@link #append} returns only after the transaction holding the event has
 * been committed and synced to storage: once it returns, the event survives a crash or power loss.
 * If it throws, the event was not recorded. Recorded events are never updated or deleted; a
 * mistake is fixed by appending an event that carries a {@link org.coiedge.core.event.Correction}.
 *
 * <p><b>Failures.</b> Every method throws {@link LedgerException} with a message a technician can
 * act on; none returns partial results.
 */
public interface Ledger extends AutoCloseable {

    /** Records one event as the next link of this device's chain and returns it as recorded. */
    CustodyEvent append(EventContent event) throws LedgerException;

    /** Records several events, in order, in one durable transaction: all or none. */
    List<CustodyEvent> appendAll(List<EventContent> events) throws LedgerException;

    /** Events of one chain of identity, in chain order. */
    List<CustodyEvent> eventsForCoi(CoiId coi) throws LedgerException;

    /** Events that name one unit, in chain order. */
    List<CustodyEvent> eventsForDin(Din din) throws LedgerException;

    /** Events of every COI linked to a patient (by any event naming the patient), in chain order. */
    List<CustodyEvent> eventsForPatient(String patientId) throws LedgerException;

    /** The ledger as it stood at transaction time {@code t}: events recorded at or before it, in chain order. */
    List<CustodyEvent> asOf(Instant t) throws LedgerException;

    /** The events of one COI as the ledger stood at transaction time {@code t}. */
    List<CustodyEvent> eventsForCoiAsOf(CoiId coi, Instant t) throws LedgerException;

    /** Custody of a COI at valid time {@code validAt} as known at transaction time {@code knownAt}. */
    CustodyState custodyState(CoiId coi, Instant validAt, Instant knownAt) throws LedgerException;

    /** Up to {@code max} events neither acknowledged nor refused (quarantined) by the central chain, in chain order. */
    List<CustodyEvent> outbox(int max) throws LedgerException;

    /**
     * Stores the central chain's acknowledgement of an event beside it (the event is not changed).
     * Acknowledging the same event again with the same server sequence is a no-op.
     */
    void acknowledge(UUID eventId, long serverSequence, Instant acknowledgedAt) throws LedgerException;

    /**
     * The coi-edge version that recorded chain position {@code seq} (the software part of the event's
     * device record); empty when unknown.
     */
    default java.util.Optional<String> softwareAt(long seq) throws LedgerException {
        return java.util.Optional.empty();
    }

    /**
     * Other devices' events of one COI that this device has read from the central chain (verified),
     * in the central chain's order; empty when none were read.
     */
    default List<CustodyEvent> otherDevicesEventsForCoi(CoiId coi) throws LedgerException {
        return List.of();
    }

    /** Number of events recorded. */
    long size() throws LedgerException;

    /** Walks the whole chain and checks every link, hash and device signature. */
    Verification verify() throws LedgerException;

    /** Waits for pending writes, then releases the database. Idempotent. */
    @Override
    void close() throws LedgerException;
}
