package org.coiedge.printer.job;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts of a confirmed print: {@code connect} (TCP connect; on serial and USB the longest a write
 * may make no progress), {@code reply} (one status answer), {@code confirm} (the whole job, from
 * sent to counted) and {@code poll} (between {@code ~HS} polls while printing).
 */
public record PrinterTimeouts(Duration connect, Duration reply, Duration confirm, Duration poll) {
    /** What the kiosk and the command line use: 3 s, 2 s, 30 s, 200 ms. */
    public static final PrinterTimeouts DEFAULTS = new PrinterTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(2),
            Duration.ofSeconds(30), Duration.ofMillis(200));

    public PrinterTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(confirm, "confirm");
        Objects.requireNonNull(poll, "poll");
    }
}
