package org.coiedge.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The central system's clock as read by one call.
 *
 * @param serverTime what the server said the time was
 * @param sentAt     the device clock when the request left
 * @param receivedAt the device clock when the answer arrived
 */
public record ServerTime(Instant serverTime, Instant sentAt, Instant receivedAt) {
    public ServerTime {
        Objects.requireNonNull(serverTime, "serverTime");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** Device clock minus server clock, taking the server's reading to be at the middle of the round trip. */
    public Duration skew() {
        Instant middle = sentAt.plus(Duration.between(sentAt, receivedAt).dividedBy(2));
        return Duration.between(serverTime, middle);
    }
}
