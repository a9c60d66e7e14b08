package org.coiedge.core.event;

/** Small argument checks shared by the event records. */
final class Text {
    private Text() {
    }

    static String requireNonBlank(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return s;
    }
}
