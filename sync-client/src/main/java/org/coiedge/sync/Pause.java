package org.coiedge.sync;

import java.time.Duration;

/**
 * How the sync worker waits between rounds, injected so tests neither sleep nor depend on timing.
 * {@link #wake()} ends a wait early (an administrator pressed Retry, or the worker is closing).
 * Implementations are thread-safe.
 */
public interface Pause {

    /**
     * Waits up to {@code d}, or until {@link #wake()}; returns true when woken. A wake that came
     * while nobody was waiting ends the next wait at once.
     */
    boolean await(Duration d) throws InterruptedException;

    /** Ends the current (or next) wait. Never blocks. */
    void wake();

    /** Real waiting on a monitor. */
    static Pause real() {
        return new Pause() {
            private boolean woken;

            @Override
            public synchronized boolean await(Duration d) throws InterruptedException {
                long deadline = System.nanoTime() + d.toNanos();
                while (!woken) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    wait(Math.max(1, left / 1_000_000));
                }
                woken = false;
                return true;
            }

            @Override
            public synchronized void wake() {
                woken = true;
                notifyAll();
            }
        };
    }
}
