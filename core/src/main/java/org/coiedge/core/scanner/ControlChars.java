package org.coiedge.core.scanner;

/** Names of ASCII control characters, to show scans in logs and messages. */
public final class ControlChars {
    private static final String[] NAMES = {
        "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
        "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US",
    };

    private ControlChars() {
    }

    /** {@code text} with each control character replaced by its name in angle brackets, e.g. {@code <GS>}. */
    public static String visible(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                sb.append('<').append(NAMES[c]).append('>');
            } else if (c == 0x7F) {
                sb.append("<DEL>");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
