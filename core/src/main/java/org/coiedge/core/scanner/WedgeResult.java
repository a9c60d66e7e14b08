package org.coiedge.core.scanner;

import java.util.Objects;

/** What {@link KeyboardWedgeDetector} decided about some keys. */
public sealed interface WedgeResult permits WedgeResult.Scanned, WedgeResult.Typed, WedgeResult.Incomplete {
    /** A scanner burst: {@code text} after substitutions, terminator removed. Times are the key timestamps. */
    record Scanned(String text, long firstKeyMillis, long terminatorMillis) implements WedgeResult {
        public Scanned {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Keys a person typed, in order (terminator included if one was typed): give them back to the field. */
    record Typed(String text) implements WedgeResult {
        public Typed {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A burst fast enough for a scanner that is not a whole scan: it ended without a terminator
     * (the scanner is probably set up without its Enter suffix), or it followed such a burst
     * closely (the rest of a scan cut by a pause). Never a scan; the screen asks for a rescan.
     */
    record Incomplete(String text, Reason reason) implements WedgeResult {
        public Incomplete {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a burst is {@link Incomplete}. */
    enum Reason {
        /** Keys stopped without a terminator. */
        NO_TERMINATOR,
        /** The burst began right after one that stopped without a terminator. */
        AFTER_INTERRUPTED_BURST,
    }
}
