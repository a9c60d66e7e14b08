package org.coiedge.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.coiedge.core.ledger.OutboxSummary;
import org.coiedge.core.sync.SyncState;
import org.coiedge.core.sync.SyncStatus;

/**
 * The worker's status and its listeners. Written only by the thread running a round; read from
 * any thread. Listeners run on the writing thread; one that throws is skipped for that change.
 */
final class StatusBoard {
    private final Clock clock;
    private final Duration skewThreshold;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus current;
    private SyncState state = SyncState.IDLE;
    private OutboxSummary outbox = new OutboxSummary(0, Optional.empty(), 0, 0);
    private Optional<Instant> lastSuccess = Optional.empty();
    private Optional<String> lastError = Optional.empty();
    private Optional<Duration> skew = Optional.empty();

    StatusBoard(Clock clock, Duration skewThreshold) {
        this.clock = clock;
        this.skewThreshold = skewThreshold;
        this.current = snapshot();
    }

    SyncStatus current() {
        return current;
    }

    AutoCloseable subscribe(Consumer<SyncStatus> l) {
        listeners.add(l);
        return () -> listeners.remove(l);
    }

    synchronized void state(SyncState s) {
        state = s;
        publish();
    }

    synchronized void outbox(OutboxSummary s) {
        outbox = s;
        publish();
    }

    synchronized void skew(Duration d) {
        skew = Optional.of(d);
        publish();
    }

    synchronized void succeeded(Optional<String> warning) {
        state = SyncState.IDLE;
        lastSuccess = Optional.of(clock.instant());
        lastError = warning;
        publish();
    }

    synchronized void failed(SyncState s, String message) {
        state = s;
        lastError = Optional.of(message);
        publish();
    }

    private SyncStatus snapshot() {
        boolean exceeded = skew.map(d -> d.abs().compareTo(skewThreshold) > 0).orElse(false);
        return new SyncStatus(state, outbox.pending(), outbox.oldestPending(), lastSuccess, lastError,
                outbox.quarantined(), skew, exceeded, clock.instant());
    }

    private void publish() {
        SyncStatus s = snapshot();
        current = s;
        for (Consumer<SyncStatus> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException ignored) {
                // a listener's failure must not stop sync; it stays subscribed for the next change
            }
        }
    }
}
