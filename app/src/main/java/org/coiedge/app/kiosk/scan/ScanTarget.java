package org.coiedge.app.kiosk.scan;

import org.coiedge.core.scanner.Scan;

/**
 * A screen that expects scans. Called on the UI thread by the {@link ScanRouter} while the screen
 * is shown; returns at once (long work goes to a worker and reports later) with what it did.
 */
@FunctionalInterface
public interface ScanTarget {
    ScanReaction onScan(Scan scan);

    /** Keys a person typed on a keyboard (given back by the wedge detector); ignored by default. */
    default void typed(String keys) {
    }
}
