package org.coiedge.core.gs1;

import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/** The value rules of each supported AI: length, character set, check digit, date and time. */
final class Gs1Values {
    private Gs1Values() {
    }

    /**
     * Checks {@code value} against the rules of {@code ai}.
     *
     * @param pos           1-based input position of the value's first character, for messages
     * @param referenceYear the year the GS1 sliding window is centred on
     * @throws ScanDecodeException naming the first rule the value breaks
     */
    static void check(Gs1Ai ai, String value, int pos, int referenceYear) throws ScanDecodeException {
        checkLength(ai, value, pos);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (ai.numeric && !Gs1Chars.isDigit(c)) {
                throw new ScanDecodeException(DecodeErrorCode.GS1_INVALID_VALUE, ai.structure(), pos + i,
                        "the " + ai.title + " must be digits only, found " + Gs1Chars.show(c));
            }
            if (!ai.numeric && !Gs1Chars.isCset82(c)) {
                throw new ScanDecodeException(DecodeErrorCode.GS1_INVALID_VALUE, ai.structure(), pos + i,
                        "the " + ai.title + " may not contain " + Gs1Chars.show(c) + " (GS1 character set 82:"
                                + " letters, digits and ! \" % & ' ( ) * + , - . / : ; < = > ? _)");
            }
        }
        if (ai.checkDigit) {
            int last = value.length() - 1;
            char expected = Gs1CheckDigit.compute(value.substring(0, last));
            if (value.charAt(last) != expected) {
                throw new ScanDecodeException(DecodeErrorCode.GS1_CHECK_DIGIT_MISMATCH, ai.structure(), pos + last,
                        "check digit " + value.charAt(last) + " does not match the " + ai.title + " " + value
                                + " (expected " + expected + ") - rescan, or check the label for damage");
            }
        }
        if (ai.temporal != Gs1Ai.Temporal.NONE) {
            Gs1Dates.check(ai, value, pos, referenceYear);
        }
    }

    private static void checkLength(Gs1Ai ai, String value, int pos) throws ScanDecodeException {
        int n = value.length();
        if (ai.fixedLength() && n != ai.maxLength) {
            throw new ScanDecodeException(DecodeErrorCode.GS1_INVALID_VALUE, ai.structure(), pos,
                    "the " + ai.title + " has " + ai.maxLength + " " + ai.unit() + ", found " + n);
        }
        if (n < ai.minLength) {
            throw new ScanDecodeException(DecodeErrorCode.GS1_INVALID_VALUE, ai.structure(), pos,
                    "the " + ai.title + " is empty - it needs 1 to " + ai.maxLength + " " + ai.unit());
        }
        if (n > ai.maxLength) {
            throw new ScanDecodeException(DecodeErrorCode.GS1_INVALID_VALUE, ai.structure(), pos + ai.maxLength,
                    "the " + ai.title + " is longer than " + ai.maxLength + " " + ai.unit());
        }
    }
}
