package org.coiedge.core.isbt128;

import java.util.Objects;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * ISBT 128 Facility Identification Number {@code αpppp}: α is {@code A-N, P-Z, 1-9} (never {@code O}
 * or {@code 0}); the next two characters are {@code A-N, P-Z, 0-9}; the last two are digits.
 * Test data uses only the validation facilities A9990-A9999.
 */
public record Fin(String value) {
    public static final int LENGTH = 5;

    public Fin {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid FIN '" + value + "': " + problem);
        }
    }

    /** Parses a FIN from text a person typed or a configuration file holds. */
    public static Fin of(String value) {
        return new Fin(value);
    }

    /**
     * Reads the FIN at {@code s[from, from+5)}; {@code offset} maps string indexes to input positions.
     */
    static Fin read(String structure, String s, int from, int offset) throws ScanDecodeException {
        if (s.length() < from + LENGTH) {
            throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, structure, offset + s.length() + 1,
                    "the facility identification number needs 5 characters");
        }
        for (int i = 0; i < LENGTH; i++) {
            String p = charProblem(i, s.charAt(from + i));
            if (p != null) {
                throw new ScanDecodeException(DecodeErrorCode.INVALID_FIN, structure, offset + from + i + 1, p);
            }
        }
        return new Fin(s.substring(from, from + LENGTH));
    }

    private static String problem(String v) {
        if (v.length() != LENGTH) {
            return "a FIN has 5 characters";
        }
        for (int i = 0; i < LENGTH; i++) {
            String p = charProblem(i, v.charAt(i));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String charProblem(int index, char c) {
        String shown = Chars.show(c);
        switch (index) {
            case 0:
                if (c == 'O' || c == '0') {
                    return shown + " is not allowed as the first FIN character";
                }
                return Chars.isUpper(c) || (c >= '1' && c <= '9') ? null
                        : shown + " is not allowed as the first FIN character (A-N, P-Z or 1-9)";
            case 1:
            case 2:
                if (c == 'O') {
                    return "'O' is not allowed in a FIN (use the digit 0)";
                }
                return Chars.isUpperAlnum(c) ? null : shown + " is not allowed in a FIN (A-N, P-Z or 0-9)";
            default:
                return Chars.isDigit(c) ? null : "FIN characters 4 and 5 must be digits, found " + shown;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
