package org.coiedge.core.sync;

import java.util.List;
import java.util.function.Consumer;
import org.coiedge.core.ledger.QuarantinedEvent;

/**
 * The kiosk's view of sync with the central chain: a current status, changes pushed to listeners,
 * and a way to ask for a round now.
 *
 * <p><b>Threading.</b> {@link #status()} may be called from any thread and never blocks on the
 * network. Listeners are called on the sync worker's own thread, in order, one at a time: return
 * quickly (the app hops to the FX thread through its injected UI executor). A listener that throws
 * is ignored for that change and stays subscribed.
 */
public interface SyncMonitor {

    /** The latest status. */
    SyncStatus status();

    /** Subscribes to status changes; returns a handle that unsubscribes. */
    AutoCloseable subscribe(Consumer<SyncStatus> listener);

    /** Asks the worker to start a round as soon as it can (after an administrator's Retry); never blocks. */
    void requestSync();

    /**
     * Events the central chain refused, kept in the ledger for an administrator; may read the
     * ledger, so call it off the FX thread. Empty when sync is not configured.
     */
    default List<QuarantinedEvent> quarantined() {
        return List.of();
    }
}
