package org.coiedge.core.codec;

/**
 * Why a scan or keyed identifier could not be decoded. Codes are stable: they appear in the
 * command line's JSON output, in logs and (later) in the ledger's UNABLE_TO_SCAN events.
 */
public enum DecodeErrorCode {
    /** Nothing to decode (empty line, only a symbology identifier, only terminators). */
    EMPTY_INPUT,
    /** The input is longer than any valid scan; refused before parsing. */
    INPUT_TOO_LONG,
    /** A character that can never appear in a scan (NUL, a lone control character, non-ASCII). */
    INVALID_CHARACTER,
    /** A malformed AIM symbology identifier ({@code ]} not followed by a letter and a modifier). */
    INVALID_SYMBOLOGY_IDENTIFIER,
    /** The symbology says one scheme, the data says another (e.g. {@code ]C4} on non-ISBT data). */
    SYMBOLOGY_MISMATCH,

    /** No ISBT 128 data structure starts with these characters. */
    UNKNOWN_DATA_IDENTIFIER,
    /** The data ends before the structure's fixed or declared length. */
    TRUNCATED,
    /** A character that the structure's rules do not allow at that position. */
    INVALID_FORMAT,
    /** A facility identification number breaks the FIN rules. */
    INVALID_FIN,
    /** DIN flag characters that are not a valid flag. */
    INVALID_FLAG,
    /** A check character or check flag that does not match the data it guards. */
    CHECK_CHARACTER_MISMATCH,
    /** A date that does not exist (day 366 of a common year, 31 April, ...). */
    INVALID_DATE,
    /** A time of day outside 00:00-23:59. */
    INVALID_TIME,
    /** A compound message whose declared count differs from what it holds. */
    COMPOUND_COUNT_MISMATCH,
    /** A compound message whose structures are not in the order its message id requires. */
    COMPOUND_ORDER_MISMATCH,
    /** A structure that may not appear inside a compound message (national, another compound). */
    NOT_ALLOWED_IN_COMPOUND,
    /** More structures than one read can carry, or data left over after the last structure. */
    UNEXPECTED_DATA,

    /** A GS1 application identifier that is unknown to coi-edge. */
    GS1_UNKNOWN_AI,
    /** A GS1 element value of the wrong length or character set. */
    GS1_INVALID_VALUE,
    /** A GS1 mod-10 check digit (GTIN, SSCC, GSRN) that does not match. */
    GS1_CHECK_DIGIT_MISMATCH,
    /** A GS1 variable-length element that is not terminated by GS before the next element. */
    GS1_MISSING_SEPARATOR,
    /** The same GS1 AI twice with different values. */
    GS1_DUPLICATE_AI
}
