package org.coiedge.core.scanner;

/**
 * A port through which scans arrive: a serial scanner, a keyboard-wedge scanner, a camera.
 *
 * <p>Each source owns one named background thread, started by {@link #start()} and ended by
 * {@link #stop()}. Listeners are called on that thread (see {@link ScanSourceListener}). A source
 * that loses its device reports {@link SourceStatus.Disconnected} and, where it can, reconnects by
 * itself; it never ends silently. Methods here are thread-safe.
 */
public interface ScanSource extends AutoCloseable {
    /** A stable id, e.g. {@code serial:/dev/ttyUSB0}; carried on every {@link Scan}. */
    String id();

    /** Starts the source's thread; returns at once. Starting a running source does nothing. */
    void start();

    /** Stops the thread and closes the device; returns when both are done. Safe to call twice. */
    void stop();

    /** Whether the thread is running (connected or trying to connect). */
    boolean isRunning();

    void addListener(ScanSourceListener listener);

    void removeListener(ScanSourceListener listener);

    @Override
    default void close() {
        stop();
    }
}
