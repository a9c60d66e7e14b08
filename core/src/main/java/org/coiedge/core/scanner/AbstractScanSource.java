package org.coiedge.core.scanner;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lifecycle and listener plumbing shared by scan sources: one named thread running
 * {@link #runSource()}, listeners called on it, listener failures reported and survived.
 * Subclasses implement {@link #runSource()} to loop until {@link #stopRequested()}, and
 * {@link #wakeUp()} to unblock it when {@link #stop()} is called.
 */
public abstract class AbstractScanSource implements ScanSource {
    private final String id;
    protected final Clock clock;
    private final List<ScanSourceListener> listeners = new CopyOnWriteArrayList<>();
    private final Object lifecycle = new Object();
    private Thread thread;
    private volatile boolean stopRequested;
    private final Object pause = new Object();

    protected AbstractScanSource(String id, Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final void start() {
        synchronized (lifecycle) {
            if (thread != null && thread.isAlive()) {
                return;
            }
            stopRequested = false;
            thread = new Thread(this::runSource, "scan-source-" + id);
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public final void stop() {
        Thread t;
        synchronized (lifecycle) {
            t = thread;
            stopRequested = true;
        }
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        wakeUp();
        synchronized (pause) {
            pause.notifyAll();
        }
        t.interrupt();
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public final boolean isRunning() {
        synchronized (lifecycle) {
            return thread != null && thread.isAlive();
        }
    }

    @Override
    public final void addListener(ScanSourceListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public final void removeListener(ScanSourceListener listener) {
        listeners.remove(listener);
    }

    /** Whether {@link #stop()} was called; the loop in {@link #runSource()} ends when it is. */
    protected final boolean stopRequested() {
        return stopRequested;
    }

    /** The source's loop, run on its own thread until {@link #stopRequested()}. */
    protected abstract void runSource();

    /**
     * Unblocks {@link #runSource()} beyond {@link #pauseUnlessStopped} (close the device, wake a
     * wait of its own); called by {@link #stop()}. Does nothing by default.
     */
    protected void wakeUp() {
    }

    /** Waits {@code millis} (a reconnect backoff, a poll interval) or until {@link #stop()} is called. */
    protected final void pauseUnlessStopped(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        synchronized (pause) {
            long left;
            while (!stopRequested && (left = deadline - System.nanoTime()) > 0) {
                try {
                    pause.wait(Math.max(1, left / 1_000_000L));
                } catch (InterruptedException e) {
                    // stop() interrupts; the loop condition decides.
                }
            }
        }
    }

    protected final void emitScan(Scan scan) {
        for (ScanSourceListener l : listeners) {
            try {
                l.onScan(scan);
            } catch (RuntimeException e) {
                listenerFailed(l, e);
            }
        }
    }

    protected final void emitStatus(SourceStatus status) {
        for (ScanSourceListener l : listeners) {
            try {
                l.onStatus(status);
            } catch (RuntimeException e) {
                // Reporting a status failure through the same listener could loop; tell the others only.
                notifyOthers(l, e);
            }
        }
    }

    protected final void emitError(ScanProblem problem, String message) {
        emitStatus(new SourceStatus.Error(id, clock.instant(), problem, message));
    }

    private void listenerFailed(ScanSourceListener failed, RuntimeException e) {
        notifyOthers(failed, e);
    }

    private void notifyOthers(ScanSourceListener failed, RuntimeException e) {
        SourceStatus.Error error = new SourceStatus.Error(id, clock.instant(), ScanProblem.LISTENER_FAILED,
                "A scan handler failed (" + e.getClass().getSimpleName() + ") - the scanner keeps running");
        for (ScanSourceListener l : listeners) {
            if (l != failed) {
                try {
                    l.onStatus(error);
                } catch (RuntimeException ignored) {
                    // One failing listener already reported; do not recurse.
                }
            }
        }
    }
}
