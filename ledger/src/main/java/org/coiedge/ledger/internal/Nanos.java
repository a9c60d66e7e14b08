package org.coiedge.ledger.internal;

import java.time.Instant;

/** Instants as signed 64-bit nanoseconds since the epoch (1677-09-21 to 2262-04-11), for ordered SQL columns. */
public final class Nanos {
    private Nanos() {
    }

    public static long of(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }

    public static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
