package org.coiedge.sync.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads an HTTP {@code Retry-After} value: delay seconds, or an HTTP date (RFC 9110 section 10.2.3). */
public final class RetryAfter {
    private RetryAfter() {
    }

    /**
     * The wait asked for, or null when the header is absent or unreadable.
     *
     * @param serverNow the server's own time ({@code Date} header), so an HTTP date is read against the server's clock
     */
    public static Duration parse(String value, Instant serverNow) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(serverNow, at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
