package org.coiedge.core.gs1;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * One GS1 element: a supported application identifier and its value, e.g. {@code (01)09506000134352}.
 *
 * <p>Always valid: the constructor refuses, with {@link IllegalArgumentException}, an AI coi-edge
 * does not support or a value that breaks the AI's rules (length, character set, check digit, date).
 * A hand-built element's date is checked with two-digit years read as 2000-2099; {@link Gs1Parser}
 * applies the GS1 sliding window to the current year instead.
 *
 * @param ai       the application identifier, e.g. {@code "8018"}
 * @param value    the data after the AI, without any GS separator
 * @param position 1-based position of the AI's first digit in the scanned input; 0 for an element
 *                 that was not read from a scan
 */
public record Gs1Element(String ai, String value, int position) {
    /** Reads two-digit years as 2000-2099 when a hand-built element is checked. */
    private static final int HAND_BUILT_REFERENCE_YEAR = 2049;

    public Gs1Element {
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(value, "value");
        Gs1Ai def = Gs1Ai.byCode(ai).orElseThrow(
                () -> new IllegalArgumentException("GS1 AI (" + ai + ") is not supported by coi-edge"));
        if (position < 0) {
            throw new IllegalArgumentException("position must be 0 or more: " + position);
        }
        try {
            Gs1Values.check(def, value, ai.length() + 1, HAND_BUILT_REFERENCE_YEAR);
        } catch (ScanDecodeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * The date this element carries: AIs 11, 13, 15, 16 and 17 ({@code YYMMDD}) and the date part of
     * 7003. The century follows the GS1 sliding window around today's year on {@code clock}: a year
     * 49 years back to 50 years ahead. Day {@code 00} ("month only", allowed for 11, 13, 15, 16, 17)
     * reads as the <em>last</em> day of the month - the usual reading of a month-only expiry, usable to
     * the end of that month - for every date AI alike; {@link #dayOmitted()} tells such dates apart.
     *
     * @throws IllegalStateException if this AI carries no date, or if the date does not exist in the
     *                               century the clock selects (29 February of a year 2100 - only when
     *                               the element was checked against a different year than the clock's)
     */
    public LocalDate date(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (definition().temporal == Gs1Ai.Temporal.NONE) {
            throw new IllegalStateException("GS1 (" + ai + ") carries no date");
        }
        try {
            return Gs1Dates.date(value, LocalDate.now(clock).getYear());
        } catch (DateTimeException e) {
            throw new IllegalStateException("GS1 (" + ai + ") " + value + " is no date in the current window", e);
        }
    }

    /**
     * The date and time of a 7003 element (expiry date and time, local time of the label's issuer).
     * Century as for {@link #date(Clock)}.
     *
     * @throws IllegalStateException if this is not AI 7003, or the date does not exist in the
     *                               century the clock selects
     */
    public LocalDateTime dateTime(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        if (definition().temporal != Gs1Ai.Temporal.YYMMDDHHMM) {
            throw new IllegalStateException("GS1 (" + ai + ") carries no date and time");
        }
        try {
            return Gs1Dates.dateTime(value, LocalDate.now(clock).getYear());
        } catch (DateTimeException e) {
            throw new IllegalStateException("GS1 (" + ai + ") " + value + " is no date in the current window", e);
        }
    }

    /** Whether the date of this element gives only year and month (day {@code 00}). */
    public boolean dayOmitted() {
        return definition().temporal == Gs1Ai.Temporal.YYMMDD && value.endsWith("00");
    }

    Gs1Ai definition() {
        return Gs1Ai.byCode(ai).orElseThrow();
    }
}
