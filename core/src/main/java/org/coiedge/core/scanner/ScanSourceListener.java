package org.coiedge.core.scanner;

/**
 * Receives what a {@link ScanSource} produces. Called on the source's own thread, one call at a
 * time and in order: return quickly and hand work elsewhere (the app hops to the FX thread through
 * its injected UI executor). An exception thrown here is reported as
 * {@link ScanProblem#LISTENER_FAILED} and does not stop the source.
 */
public interface ScanSourceListener {
    /** One whole scan. */
    void onScan(Scan scan);

    /** A status change; the default ignores it. */
    default void onStatus(SourceStatus status) {
    }
}
