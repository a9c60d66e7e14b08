package org.coiedge.sync;

import java.util.Objects;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.IdentifierKind;

/** A block {@code [first, last]} of identifier sequence numbers leased to this device for one FIN and year. */
public record IdentifierLease(IdentifierKind kind, Fin fin, int year, long first, long last) {
    public IdentifierLease {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fin, "fin");
        if (first > last || first < 0) {
            throw new IllegalArgumentException("an identifier block runs from first to last: " + first + "-" + last);
        }
    }
}
