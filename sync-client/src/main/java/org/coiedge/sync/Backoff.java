package org.coiedge.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * Exponential backoff with jitter: after the n-th failure in a row the wait is drawn uniformly
 * from the upper half of {@code min(max, initial * 2^(n-1))}, so kiosks that lost the network
 * together do not all come back at the same moment, and none retries sooner than half the step.
 */
public record Backoff(Duration initial, Duration max) {
    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
    }

    /** 1 s doubling up to 5 minutes. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));
    }

    /** The wait after {@code failures} failures in a row (1 or more). */
    public Duration delay(int failures, Random random) {
        double grown = initial.toMillis() * Math.pow(2, Math.min(Math.max(failures, 1) - 1, 30));
        long step = (long) Math.min(max.toMillis(), grown);
        long half = step / 2;
        return Duration.ofMillis(step - half + (long) (random.nextDouble() * (half + 1)));
    }
}
