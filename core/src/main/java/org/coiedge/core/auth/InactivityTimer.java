package org.coiedge.core.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Decides when a signed-in session has been left alone long enough to sign it out. The kiosk
 * calls {@link #activity} on every touch, key or scan and {@link #expired} from a ticker.
 * Not thread-safe: use from the UI thread only.
 */
public final class InactivityTimer {
    private final Duration timeout;
    private Instant lastActivity;

    public InactivityTimer(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the inactivity timeout must be positive");
        }
    }

    public Duration timeout() {
        return timeout;
    }

    /** Someone did something at {@code at}. */
    public void activity(Instant at) {
        if (lastActivity == null || at.isAfter(lastActivity)) {
            lastActivity = at;
        }
    }

    /** Whether nothing happened for the whole timeout before {@code now}; false before any activity. */
    public boolean expired(Instant now) {
        return lastActivity != null && !now.isBefore(lastActivity.plus(timeout));
    }

    /** Time left at {@code now} before sign-out; zero when expired. */
    public Duration remaining(Instant now) {
        if (lastActivity == null) {
            return timeout;
        }
        Duration left = Duration.between(now, lastActivity.plus(timeout));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Forgets past activity (after a sign-out). */
    public void reset() {
        lastActivity = null;
    }
}
