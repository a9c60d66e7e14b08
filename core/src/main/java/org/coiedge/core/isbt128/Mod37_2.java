package org.coiedge.core.isbt128;

/**
 * ISO/IEC 7064 MOD 37-2 check character, as ISBT 128 uses it for the keyboard-entry check
 * character K of DS001, DS019 and DS040 and for Type 3 DIN flags (60 + check value).
 *
 * <p>Values: {@code 0-9} are 0-9, {@code A-Z} are 10-35, {@code *} is 36.
 */
public final class Mod37_2 {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

    private Mod37_2() {
    }

    /**
     * Check value 0-36 of {@code data} (upper-case letters and digits only).
     *
     * @throws IllegalArgumentException if {@code data} holds any other character; callers validate first
     */
    public static int checkValue(CharSequence data) {
        int s = 0;
        for (int i = 0; i < data.length(); i++) {
            int v = valueOf(data.charAt(i));
            if (v < 0 || v == 36) {
                throw new IllegalArgumentException("not a MOD 37-2 data character: '" + data.charAt(i) + "'");
            }
            s = ((s + v) * 2) % 37;
        }
        return (38 - s) % 37;
    }

    /** The check character (one of {@code 0-9 A-Z *}) of {@code data}. */
    public static char checkCharacter(CharSequence data) {
        return characterOf(checkValue(data));
    }

    /** The character for a check value 0-36. */
    public static char characterOf(int value) {
        if (value < 0 || value > 36) {
            throw new IllegalArgumentException("check value out of range: " + value);
        }
        return ALPHABET.charAt(value);
    }

    /** The value 0-36 of a check character, or -1 if it is not one. */
    public static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '*' ? 36 : -1;
    }

    /** Whether {@code check} is the right check character for {@code data}. */
    public static boolean isValid(CharSequence data, char check) {
        return checkCharacter(data) == check;
    }
}
