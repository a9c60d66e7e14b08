package org.coiedge.core.gs1;

/** Character classes of GS1 element strings. */
final class Gs1Chars {
    /** ASCII group separator: how scanners transmit FNC1 used as a field separator. */
    static final char GS = '\u001D';

    private Gs1Chars() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * GS1 AI encodable character set 82 (General Specifications figure 7.11-1): {@code ! " % & ' ( ) * +
     * , - . / 0-9 : ; < = > ? A-Z _ a-z}. No space, no {@code # $ @ [ \ ] ^ ` { | } ~}.
     */
    static boolean isCset82(char c) {
        return c == '!' || c == '"' || (c >= '%' && c <= '?') || (c >= 'A' && c <= 'Z') || c == '_'
                || (c >= 'a' && c <= 'z');
    }

    /** A character that never belongs in GS1 scanner data: a control character other than GS, DEL, or non-ASCII. */
    static boolean isForeign(char c) {
        return c != GS && (c < 0x20 || c > 0x7E);
    }

    /** Printable text for a character in an error message. */
    static String show(char c) {
        if (c == GS) {
            return "a GS separator";
        }
        if (c == ' ') {
            return "a space";
        }
        return c >= 0x21 && c <= 0x7E ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }
}
