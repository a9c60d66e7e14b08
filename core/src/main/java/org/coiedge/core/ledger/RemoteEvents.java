package org.coiedge.core.ledger;

import java.util.List;
import java.util.Objects;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.isbt128.CoiId;

/**
 * Events of other devices, read from the central chain and verified (hash and that device's
 * signature) before they are stored, kept beside this device's own chain and never mixed into it.
 * Thread-safe; writes are durable on return.
 */
public interface RemoteEvents {

    /** One event of another device with the central chain's sequence number. */
    record RemoteEvent(long serverSequence, CustodyEvent event) {
        public RemoteEvent {
            Objects.requireNonNull(event, "event");
        }
    }

    /** Stores events not yet kept (by event id); returns how many were new. */
    int store(List<RemoteEvent> events) throws LedgerException;

    /** Other devices' events of one COI, in the central chain's order. */
    List<CustodyEvent> forCoi(CoiId coi) throws LedgerException;

    /** The COIs this device recorded events for, newest activity first, at most {@code max}: the ones to follow. */
    List<CoiId> coisToFollow(int max) throws LedgerException;
}
