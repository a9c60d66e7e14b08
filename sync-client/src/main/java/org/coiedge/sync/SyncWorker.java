package org.coiedge.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.QuarantinedEvent;
import org.coiedge.core.sync.SyncMonitor;
import org.coiedge.core.sync.SyncState;
import org.coiedge.core.sync.SyncStatus;

/**
 * The sync worker: one thread ({@code coi-edge-sync}) that hands the ledger's events to the central
 * chain exactly once and keeps reference data and identifier blocks current. A round reads the
 * server time (clock skew), drains the outbox in chain order, pulls reference data and tops up
 * identifier blocks. Between rounds it waits the normal interval, a jittered backoff after
 * failures (at least the server's {@code Retry-After}), a long wait after the central chain refused
 * the chain's continuation, and indefinitely after the credentials were refused; {@link #requestSync()}
 * ends any wait.
 *
 * <p><b>Threading.</b> {@link #status()}, {@link #subscribe} and {@link #requestSync()} may be called
 * from any thread and never block on the network. Rounds run on the worker thread after
 * {@link #start()}, or on the caller's thread through {@link #runRound()} / {@link #syncUntilDone};
 * never two at once. Listeners run on the thread running the round.
 *
 * <p><b>Failures.</b> No round failure escapes: each becomes a {@link RoundResult} and a status with
 * a message a technician can act on. Events are never dropped: refused ones are quarantined in the ledger.
 */
public final class SyncWorker implements SyncMonitor, AutoCloseable {
    private final CentralApi api;
    private final SyncStores stores;
    private final SyncPolicy policy;
    private final Pause pause;
    private final Random random;
    private final StatusBoard board;
    private final Uploader uploader;
    private final ReferenceSync reference;
    private final BlockTopUp blocks;
    private final RemoteFollower follower;
    private final ReentrantLock roundLock = new ReentrantLock();
    private volatile boolean running;
    private Thread thread;
    private int failuresInARow;

    public SyncWorker(CentralApi api, String deviceId, SyncStores stores, SyncPolicy policy, Clock clock, Pause pause,
            Random random) {
        this.api = api;
        this.stores = stores;
        this.policy = policy;
        this.pause = pause;
        this.random = random;
        this.board = new StatusBoard(clock, policy.skewThreshold());
        this.uploader = new Uploader(api, deviceId, stores.records(), policy, clock);
        this.reference = new ReferenceSync(api, stores.referenceData());
        this.blocks = new BlockTopUp(api, stores.blocks(), policy.blockTargets(), policy.yearEndMargin(), clock);
        this.follower = stores.remote() == null ? null : new RemoteFollower(api, deviceId, stores.remote());
        refreshOutbox();
    }

    /** Starts the worker thread. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "coi-edge-sync");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            RoundResult r = runRound();
            try {
                pause.await(waitAfter(r));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** How long to wait after a round. */
    Duration waitAfter(RoundResult r) {
        if (r instanceof RoundResult.Failed) {
            return ((RoundResult.Failed) r).retryIn();
        }
        if (r instanceof RoundResult.ChainRefused) {
            return ((RoundResult.ChainRefused) r).retryIn();
        }
        if (r instanceof RoundResult.Stopped) {
            return Duration.ofDays(3650);
        }
        return policy.interval();
    }

    /**
     * Runs rounds on the caller's thread, waiting between failed ones as the worker would, until
     * a round completes, the credentials or the chain's continuation are refused, or
     * {@code maxRounds} rounds were run. Returns the last round's result.
     */
    public RoundResult syncUntilDone(int maxRounds) throws InterruptedException {
        RoundResult r = null;
        for (int i = 0; i < maxRounds; i++) {
            r = runRound();
            if (!(r instanceof RoundResult.Failed) || i == maxRounds - 1) {
                return r;
            }
            pause.await(waitAfter(r));
        }
        return r;
    }

    /** Runs one round on the caller's thread (waiting for a round in progress to end first). */
    public RoundResult runRound() {
        roundLock.lock();
        try {
            board.state(SyncState.SYNCING);
            RoundResult r = round();
            refreshOutbox();
            report(r);
            return r;
        } finally {
            roundLock.unlock();
        }
    }

    private RoundResult round() {
        try {
            board.skew(api.time().skew());
            Uploader.Drained d = uploader.drain(this::refreshOutbox);
            if (d.chainBreak().isPresent()) {
                return new RoundResult.ChainRefused(d.chainBreak().get(),
                        Uploader.chainBreakMessage(d.chainBreak().get()), policy.chainRefusedWait());
            }
            if (policy.referenceData()) {
                reference.pullAll();
            }
            if (follower != null) {
                follower.follow();
            }
            Optional<String> blockWarning = blocks.topUp();
            failuresInARow = 0;
            lastWarning = d.lastRejection().or(() -> blockWarning);
            return new RoundResult.Synced(d.acknowledged(), d.quarantined());
        } catch (CentralException e) {
            if (e.failure() == CentralException.Failure.AUTH_FAILED) {
                return new RoundResult.Stopped(e.getMessage());
            }
            failuresInARow++;
            Duration wait = policy.backoff().delay(failuresInARow, random);
            Duration asked = e.retryAfter().map(a -> a.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : a)
                    .orElse(Duration.ZERO);
            return new RoundResult.Failed(e.getMessage(), e.failure(), asked.compareTo(wait) > 0 ? asked : wait);
        } catch (LedgerException e) {
            failuresInARow++;
            return new RoundResult.Failed(e.getMessage(), null, policy.backoff().delay(failuresInARow, random));
        }
    }

    private Optional<String> lastWarning = Optional.empty();

    private void report(RoundResult r) {
        if (r instanceof RoundResult.Synced) {
            board.succeeded(lastWarning);
        } else if (r instanceof RoundResult.Stopped) {
            board.failed(SyncState.AUTH_FAILED, ((RoundResult.Stopped) r).message());
        } else if (r instanceof RoundResult.ChainRefused) {
            board.failed(SyncState.IDLE, ((RoundResult.ChainRefused) r).message());
        } else {
            RoundResult.Failed f = (RoundResult.Failed) r;
            board.failed(f.failure() == null ? SyncState.IDLE : SyncState.OFFLINE, f.message());
        }
    }

    private void refreshOutbox() {
        try {
            board.outbox(stores.records().summary());
        } catch (LedgerException e) {
            // the counts stay as last read; the round that needs the ledger reports the problem
        }
    }

    @Override
    public SyncStatus status() {
        return board.current();
    }

    @Override
    public AutoCloseable subscribe(Consumer<SyncStatus> listener) {
        return board.subscribe(listener);
    }

    @Override
    public void requestSync() {
        pause.wake();
    }

    @Override
    public List<QuarantinedEvent> quarantined() {
        try {
            return stores.records().quarantined();
        } catch (LedgerException e) {
            return List.of();
        }
    }

    /** Stops the worker thread after the round in progress; idempotent. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            thread = null;
        }
        pause.wake();
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
