package org.coiedge.app.kiosk.scan;

import java.util.Objects;

/**
 * What the kiosk did with a scan, for the operator: a colour and a sound per {@link Kind}, and
 * words saying what happened or what to do.
 */
public record ScanReaction(Kind kind, String message) {
    /** Accepted (green, rising tone), rejected (red, low buzz) or ignored (amber, single click). */
    public enum Kind { ACCEPTED, REJECTED, IGNORED }

    public ScanReaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    public static ScanReaction accepted(String message) {
        return new ScanReaction(Kind.ACCEPTED, message);
    }

    public static ScanReaction rejected(String message) {
        return new ScanReaction(Kind.REJECTED, message);
    }

    public static ScanReaction ignored(String message) {
        return new ScanReaction(Kind.IGNORED, message);
    }
}
