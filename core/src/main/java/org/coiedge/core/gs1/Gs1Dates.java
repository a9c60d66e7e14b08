package org.coiedge.core.gs1;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * GS1 dates and times: {@code YYMMDD} and {@code YYMMDDhhmm}, with the century chosen by the GS1
 * sliding window (General Specifications 7.12): a two-digit year means the year within 49 years
 * before and 50 years after the reference year.
 */
final class Gs1Dates {
    private Gs1Dates() {
    }

    /**
     * The four-digit year for {@code yy} (0-99): the difference {@code yy - (referenceYear mod 100)}
     * of 51 to 99 means the previous century, of -99 to -50 the next one, otherwise the current one.
     */
    static int year(int yy, int referenceYear) {
        int twoDigitReference = Math.floorMod(referenceYear, 100);
        int century = referenceYear - twoDigitReference;
        int difference = yy - twoDigitReference;
        if (difference >= 51) {
            return century - 100 + yy;
        }
        if (difference <= -50) {
            return century + 100 + yy;
        }
        return century + yy;
    }

    /**
     * Checks the value of a date AI ({@code YYMMDD}) or of 7003 ({@code YYMMDDhhmm}), already known to
     * be digits of the right length; {@code pos} is the 1-based input position of its first character.
     */
    static void check(Gs1Ai ai, String value, int pos, int referenceYear) throws ScanDecodeException {
        int month = twoDigits(value, 2);
        if (month < 1 || month > 12) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_DATE, ai.structure(), pos + 2,
                    "the " + ai.title + " has month " + value.substring(2, 4) + " - months run 01 to 12 ("
                            + layout(ai) + ")");
        }
        int year = year(twoDigits(value, 0), referenceYear);
        int day = twoDigits(value, 4);
        int daysInMonth = YearMonth.of(year, month).lengthOfMonth();
        boolean dayMayBeZero = ai.temporal == Gs1Ai.Temporal.YYMMDD;
        if ((day == 0 && !dayMayBeZero) || day > daysInMonth) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_DATE, ai.structure(), pos + 4,
                    "the " + ai.title + " has day " + value.substring(4, 6) + ", but " + YearMonth.of(year, month)
                            + " has days 01 to " + daysInMonth + (dayMayBeZero ? " (00 for the whole month)" : ""));
        }
        if (ai.temporal == Gs1Ai.Temporal.YYMMDDHHMM) {
            if (twoDigits(value, 6) > 23) {
                throw new ScanDecodeException(DecodeErrorCode.INVALID_TIME, ai.structure(), pos + 6,
                        "the " + ai.title + " has hour " + value.substring(6, 8) + " - hours run 00 to 23");
            }
            if (twoDigits(value, 8) > 59) {
                throw new ScanDecodeException(DecodeErrorCode.INVALID_TIME, ai.structure(), pos + 8,
                        "the " + ai.title + " has minute " + value.substring(8, 10) + " - minutes run 00 to 59");
            }
        }
    }

    /** The date of a checked {@code YYMMDD...} value; day 00 reads as the last day of the month. */
    static LocalDate date(String value, int referenceYear) {
        YearMonth month = YearMonth.of(year(twoDigits(value, 0), referenceYear), twoDigits(value, 2));
        int day = twoDigits(value, 4);
        return day == 0 ? month.atEndOfMonth() : month.atDay(day);
    }

    /** The date and time of a checked {@code YYMMDDhhmm} value. */
    static LocalDateTime dateTime(String value, int referenceYear) {
        return date(value, referenceYear).atTime(twoDigits(value, 6), twoDigits(value, 8));
    }

    private static String layout(Gs1Ai ai) {
        return ai.temporal == Gs1Ai.Temporal.YYMMDDHHMM ? "YYMMDDhhmm" : "YYMMDD";
    }

    private static int twoDigits(String s, int from) {
        return (s.charAt(from) - '0') * 10 + (s.charAt(from + 1) - '0');
    }
}
