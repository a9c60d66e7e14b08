package org.coiedge.core.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * When a badge is locked: after {@code maxFailures} wrong PINs in a row, for {@code lockDuration}
 * (or until an administrator unlocks it).
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {
    public LockoutPolicy {
        Objects.requireNonNull(lockDuration, "lockDuration");
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("lockDuration must be positive");
        }
    }

    /** 5 wrong PINs lock the badge for 15 minutes. */
    public static LockoutPolicy defaults() {
        return new LockoutPolicy(5, Duration.ofMinutes(15));
    }
}
