package org.coiedge.core.gs1;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The GS1 application identifiers coi-edge reads, with their format from the GS1 General
 * Specifications. An AI missing here is refused, never guessed at. Adding one: its two-digit prefix
 * must appear in {@link #AI_LENGTH_BY_PREFIX} with the same AI length (a test checks it).
 */
enum Gs1Ai {
    SSCC("00", "SSCC", true, 18, 18, true, Temporal.NONE),
    GTIN("01", "GTIN", true, 14, 14, true, Temporal.NONE),
    CONTENT("02", "GTIN of the contained items", true, 14, 14, true, Temporal.NONE),
    BATCH_LOT("10", "batch/lot", false, 1, 20, false, Temporal.NONE),
    PRODUCTION_DATE("11", "production date", true, 6, 6, false, Temporal.YYMMDD),
    PACKAGING_DATE("13", "packaging date", true, 6, 6, false, Temporal.YYMMDD),
    BEST_BEFORE("15", "best-before date", true, 6, 6, false, Temporal.YYMMDD),
    SELL_BY("16", "sell-by date", true, 6, 6, false, Temporal.YYMMDD),
    EXPIRY_DATE("17", "expiry date", true, 6, 6, false, Temporal.YYMMDD),
    SERIAL("21", "serial number", false, 1, 20, false, Temporal.NONE),
    COUNT("37", "count of trade items", true, 1, 8, false, Temporal.NONE),
    ADDITIONAL_ID("240", "additional product id", false, 1, 30, false, Temporal.NONE),
    ORDER_NUMBER("400", "customer purchase order number", false, 1, 30, false, Temporal.NONE),
    GLN_LOCATION("414", "GLN of the physical location", true, 13, 13, true, Temporal.NONE),
    EXPIRY_DATE_TIME("7003", "expiry date and time", true, 10, 10, false, Temporal.YYMMDDHHMM),
    PROTOCOL_ID("7240", "protocol id", false, 1, 20, false, Temporal.NONE),
    GIAI("8004", "individual asset id (GIAI)", false, 1, 30, false, Temporal.NONE),
    GSRN_PROVIDER("8017", "GSRN of the provider", true, 18, 18, true, Temporal.NONE),
    GSRN_RECIPIENT("8018", "GSRN of the recipient (patient)", true, 18, 18, true, Temporal.NONE),
    SRIN("8019", "service relation instance number (SRIN)", true, 1, 10, false, Temporal.NONE);

    /** Which calendar value an AI's data carries. */
    enum Temporal {
        NONE,
        /** {@code YYMMDD}; {@code DD = 00} means "month only" and reads as the month's last day. */
        YYMMDD,
        /** {@code YYMMDDhhmm}; the day must be given. */
        YYMMDDHHMM
    }

    /**
     * AI length (2, 3 or 4 digits) by the AI's first two digits, from the GS1 General
     * Specifications; 0 for prefixes with no AIs defined. All AIs sharing two leading digits have the
     * same length, so an unknown AI can still be named correctly in an error.
     */
    private static final int[] AI_LENGTH_BY_PREFIX = new int[100];
    /** Prefixes whose element strings have a predefined length and need no GS after them (figure 7.8.5-2). */
    private static final String PREDEFINED_LENGTH_PREFIXES =
            " 00 01 02 03 04 11 12 13 14 15 16 17 18 19 20 31 32 33 34 35 36 41 ";
    private static final Map<String, Gs1Ai> BY_CODE = new HashMap<>();

    static {
        String[] lengths = {
            "2:00 01 02 03 10 11 12 13 15 16 17 20 21 22 30 37 90 91 92 93 94 95 96 97 98 99",
            "3:23 24 25 40 41 42 71",
            "4:31 32 33 34 35 36 39 43 70 72 80 81 82",
        };
        for (String group : lengths) {
            int length = group.charAt(0) - '0';
            for (String prefix : group.substring(2).split(" ")) {
                AI_LENGTH_BY_PREFIX[Integer.parseInt(prefix)] = length;
            }
        }
        for (Gs1Ai ai : values()) {
            BY_CODE.put(ai.code, ai);
        }
    }

    final String code;
    final String title;
    final boolean numeric;
    final int minLength;
    final int maxLength;
    final boolean checkDigit;
    final Temporal temporal;

    Gs1Ai(String code, String title, boolean numeric, int minLength, int maxLength, boolean checkDigit,
            Temporal temporal) {
        this.code = code;
        this.title = title;
        this.numeric = numeric;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.checkDigit = checkDigit;
        this.temporal = temporal;
    }

    static Optional<Gs1Ai> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** AI length for the two leading digits {@code 00}-{@code 99}; 0 when GS1 defines no AI there. */
    static int aiLengthForPrefix(int twoDigits) {
        return twoDigits >= 0 && twoDigits < 100 ? AI_LENGTH_BY_PREFIX[twoDigits] : 0;
    }

    boolean fixedLength() {
        return minLength == maxLength;
    }

    /** Whether an element string with this AI must be followed by GS when another element follows. */
    boolean needsSeparator() {
        return !PREDEFINED_LENGTH_PREFIXES.contains(" " + code.substring(0, 2) + " ");
    }

    /** The structure named in a {@code ScanDecodeException}: {@code GS1 (01)}. */
    String structure() {
        return "GS1 (" + code + ")";
    }

    /** "digits" or "characters", for length messages. */
    String unit() {
        return numeric ? "digits" : "characters";
    }
}
