package org.coiedge.sync;

import java.util.Objects;
import org.coiedge.core.event.CustodyEvent;

/** An event read from the central chain, its hash and device signature verified by this device. */
public record CentralEvent(long serverSequence, CustodyEvent event) {
    public CentralEvent {
        Objects.requireNonNull(event, "event");
    }
}
