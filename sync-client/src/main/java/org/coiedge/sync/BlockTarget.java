package org.coiedge.sync;

import java.util.Objects;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.IdentifierKind;

/**
 * Keep at least {@code lowWater} identifiers of a kind leased for a FIN (for the current year, and
 * for the next one near the end of the year), so the kiosk can assign them offline.
 */
public record BlockTarget(IdentifierKind kind, Fin fin, long lowWater) {
    public BlockTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fin, "fin");
        if (lowWater < 1) {
            throw new IllegalArgumentException("the low-water mark is at least 1");
        }
    }
}
