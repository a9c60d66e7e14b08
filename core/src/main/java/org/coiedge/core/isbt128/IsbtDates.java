package org.coiedge.core.isbt128;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * ISBT 128 dates {@code cyyjjj} and date-times {@code cyyjjjhhmm}: {@code cyy} is the year minus
 * 2000 on three digits, {@code jjj} the day of the year (001-366), {@code hhmm} 24-hour time.
 * A date without a time means 23:59. Encoded values are local time of the labelling facility.
 */
public final class IsbtDates {
    /** The time a date-only structure implies. */
    public static final int IMPLIED_HOUR = 23;
    public static final int IMPLIED_MINUTE = 59;

    private IsbtDates() {
    }

    /** Decodes {@code cyyjjj} at {@code s[from, from+6)}. */
    static LocalDate decodeDate(String structure, String s, int from, int offset) throws ScanDecodeException {
        Chars.requireDigits(structure, s, from, from + 6, offset, "the date cyyjjj");
        int year = 2000 + Chars.parseInt(s, from, from + 3);
        int day = Chars.parseInt(s, from + 3, from + 6);
        int daysInYear = LocalDate.of(year, 1, 1).lengthOfYear();
        if (day < 1 || day > daysInYear) {
            String why = day == 0 ? "day 000 does not exist"
                    : day == 366 ? "day 366 does not exist in " + year + " (not a leap year)"
                    : "day of year " + String.format("%03d", day) + " does not exist (001-" + daysInYear + ")";
            throw new ScanDecodeException(DecodeErrorCode.INVALID_DATE, structure, offset + from + 4, why);
        }
        return LocalDate.ofYearDay(year, day);
    }

    /** Decodes {@code cyyjjjhhmm} at {@code s[from, from+10)}. */
    static LocalDateTime decodeDateTime(String structure, String s, int from, int offset)
            throws ScanDecodeException {
        LocalDate date = decodeDate(structure, s, from, offset);
        return date.atTime(decodeTime(structure, s, from + 6, offset), Chars.parseInt(s, from + 8, from + 10));
    }

    /** Validates {@code hhmm} at {@code s[from, from+4)} and returns the hour. */
    static int decodeTime(String structure, String s, int from, int offset) throws ScanDecodeException {
        Chars.requireDigits(structure, s, from, from + 4, offset, "the time hhmm");
        int hour = Chars.parseInt(s, from, from + 2);
        int minute = Chars.parseInt(s, from + 2, from + 4);
        if (hour > 23) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_TIME, structure, offset + from + 1,
                    "hour " + String.format("%02d", hour) + " does not exist (00-23)");
        }
        if (minute > 59) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_TIME, structure, offset + from + 3,
                    "minute " + String.format("%02d", minute) + " does not exist (00-59)");
        }
        return hour;
    }

    /** Encodes a date as {@code cyyjjj}. Years 2000-2999 only. */
    public static String encodeDate(LocalDate date) {
        int year = date.getYear();
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("ISBT 128 dates cover the years 2000-2999: " + date);
        }
        return String.format("%03d%03d", year - 2000, date.getDayOfYear());
    }

    /** Encodes a local date-time as {@code cyyjjjhhmm} (seconds are dropped). */
    public static String encodeDateTime(LocalDateTime dateTime) {
        return encodeDate(dateTime.toLocalDate())
                + String.format("%02d%02d", dateTime.getHour(), dateTime.getMinute());
    }

    /**
     * Encodes the wall-clock time of {@code dateTime} in its own zone, which must be the labelling
     * facility's zone (ISBT 128 dates are facility local time).
     */
    public static String encodeDateTime(ZonedDateTime dateTime) {
        return encodeDateTime(dateTime.toLocalDateTime());
    }
}
