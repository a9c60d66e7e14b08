package org.coiedge.scanner.serial;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.scanner.ScanSourceListener;
import org.coiedge.core.scanner.SourceStatus;

/** Records what a source emits; tests wait on it with deadlines instead of sleeping. */
final class SourceRecorder implements ScanSourceListener {
    static final Duration DEADLINE = Duration.ofSeconds(10);

    private final BlockingQueue<Scan> scans = new LinkedBlockingQueue<>();
    private final BlockingQueue<SourceStatus> statuses = new LinkedBlockingQueue<>();
    /** Every status seen, including those skipped while waiting for another. */
    final List<SourceStatus> history = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public void onScan(Scan scan) {
        scans.add(scan);
    }

    @Override
    public void onStatus(SourceStatus status) {
        history.add(status);
        statuses.add(status);
    }

    /** The next scan; fails if none arrives before the deadline. */
    Scan nextScan() throws InterruptedException {
        Scan scan = scans.poll(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        if (scan == null) {
            throw new AssertionError("no scan within " + DEADLINE + "; statuses: " + history);
        }
        return scan;
    }

    /** Scans that arrived so far and were not taken. */
    List<Scan> pendingScans() {
        List<Scan> out = new ArrayList<>();
        scans.drainTo(out);
        return out;
    }

    /** Waits for the first status (from now on) that matches; the ones before it are skipped. */
    <T extends SourceStatus> T awaitStatus(Class<T> type, Predicate<T> match) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            SourceStatus s = statuses.poll(left, TimeUnit.NANOSECONDS);
            if (type.isInstance(s) && match.test(type.cast(s))) {
                return type.cast(s);
            }
        }
        throw new AssertionError("no matching " + type.getSimpleName() + " within " + DEADLINE + "; statuses: " + history);
    }

    <T extends SourceStatus> T awaitStatus(Class<T> type) throws InterruptedException {
        return awaitStatus(type, s -> true);
    }
}
