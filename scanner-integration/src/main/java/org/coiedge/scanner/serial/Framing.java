package org.coiedge.scanner.serial;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * How a byte stream is cut into scans: by a terminator (CR, LF, CRLF, TAB or any bytes), or by
 * inter-character silence. With a terminator, {@code silence} is how long a partial frame may wait
 * for the rest before it is dropped (so noise never glues itself to the front of the next scan).
 */
public final class Framing {
    private final byte[] terminator;
    private final Duration silence;

    private Framing(byte[] terminator, Duration silence) {
        this.terminator = terminator.clone();
        this.silence = Objects.requireNonNull(silence, "silence");
        if (silence.isNegative() || silence.isZero()) {
            throw new IllegalArgumentException("silence must be positive: " + silence);
        }
    }

    /** Partial frames are dropped after this long without the terminator. */
    public static final Duration DEFAULT_PARTIAL_TIMEOUT = Duration.ofMillis(500);

    public static Framing cr() {
        return terminator(new byte[] {'\r'});
    }

    public static Framing lf() {
        return terminator(new byte[] {'\n'});
    }

    public static Framing crlf() {
        return terminator(new byte[] {'\r', '\n'});
    }

    public static Framing tab() {
        return terminator(new byte[] {'\t'});
    }

    /** Frames end with these bytes; a partial frame is dropped after {@link #DEFAULT_PARTIAL_TIMEOUT}. */
    public static Framing terminator(byte[] bytes) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("a terminator needs at least one byte");
        }
        return new Framing(bytes, DEFAULT_PARTIAL_TIMEOUT);
    }

    /** Frames end when no byte arrives for {@code gap} (for scanners that send no terminator). */
    public static Framing silence(Duration gap) {
        return new Framing(new byte[0], gap);
    }

    /** The same terminator, with another partial-frame timeout. */
    public Framing withPartialTimeout(Duration timeout) {
        if (!byTerminator()) {
            throw new IllegalStateException("silence framing has no partial-frame timeout");
        }
        return new Framing(terminator, timeout);
    }

    public boolean byTerminator() {
        return terminator.length > 0;
    }

    public byte[] terminator() {
        return terminator.clone();
    }

    /** The silence that ends a frame, or (with a terminator) drops a partial one. */
    public Duration silence() {
        return silence;
    }

    @Override
    public String toString() {
        return byTerminator() ? "terminator " + Arrays.toString(terminator) : "silence " + silence.toMillis() + " ms";
    }
}
