package org.coiedge.core.isbt128;

import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/** Character-class checks shared by the ISBT 128 structure decoders; positions are 1-based in the input. */
final class Chars {
    private Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isUpperAlnum(char c) {
        return isUpper(c) || isDigit(c);
    }

    static boolean isAlnum(char c) {
        return isUpperAlnum(c) || isLower(c);
    }

    /** Printable text for a character in an error message: the character itself, or its code. */
    static String show(char c) {
        return c >= 0x21 && c <= 0x7E ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    static void requireDigits(String structure, String s, int from, int to, int offset, String what)
            throws ScanDecodeException {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT, structure, offset + i + 1,
                        what + " must be digits, found " + show(s.charAt(i)));
            }
        }
    }

    static void requireUpperAlnum(String structure, String s, int from, int to, int offset, String what)
            throws ScanDecodeException {
        for (int i = from; i < to; i++) {
            if (!isUpperAlnum(s.charAt(i))) {
                throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT, structure, offset + i + 1,
                        what + " must be A-Z or 0-9, found " + show(s.charAt(i)));
            }
        }
    }

    static void requireAlnum(String structure, String s, int from, int to, int offset, String what)
            throws ScanDecodeException {
        for (int i = from; i < to; i++) {
            if (!isAlnum(s.charAt(i))) {
                throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT, structure, offset + i + 1,
                        what + " must be letters or digits, found " + show(s.charAt(i)));
            }
        }
    }

    static int parseInt(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }
}
