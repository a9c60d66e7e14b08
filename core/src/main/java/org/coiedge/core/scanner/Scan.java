package org.coiedge.core.scanner;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.scan.SymbologyIdentifier;

/**
 * One scan exactly as a scanner delivered it, without the framing terminator: every other
 * control character (GS 0x1D, RS, EOT, ...) is kept. {@link #bytes()} are the raw bytes from the
 * device; {@link #text()} is their decoding (ISO-8859-1 by default, one char per byte).
 *
 * @param text       the scanned data, AIM identifier included if the scanner sent one
 * @param bytes      the raw bytes (a copy is kept and returned)
 * @param symbology  the AIM symbology identifier at the start of {@code text}, if any
 * @param sourceId   the scan source that produced it (e.g. "serial:/dev/ttyUSB0")
 * @param receivedAt when the terminator (or the silence that ended the frame) was seen
 */
public record Scan(String text, byte[] bytes, Optional<SymbologyIdentifier> symbology, String sourceId, Instant receivedAt) {
    public Scan {
        Objects.requireNonNull(text, "text");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
        Objects.requireNonNull(symbology, "symbology");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A scan from raw bytes: the text is their decoding and the symbology is read from it. */
    public static Scan fromBytes(byte[] bytes, Charset charset, String sourceId, Instant receivedAt) {
        String text = new String(bytes, charset);
        return new Scan(text, bytes, SymbologyIdentifier.peek(text), sourceId, receivedAt);
    }

    /** A scan that arrived as characters (keyboard wedge): the bytes are the text in {@code charset}. */
    public static Scan fromText(String text, Charset charset, String sourceId, Instant receivedAt) {
        return new Scan(text, text.getBytes(charset), SymbologyIdentifier.peek(text), sourceId, receivedAt);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Scan)) {
            return false;
        }
        Scan other = (Scan) o;
        return text.equals(other.text) && Arrays.equals(bytes, other.bytes) && symbology.equals(other.symbology)
                && sourceId.equals(other.sourceId) && receivedAt.equals(other.receivedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, Arrays.hashCode(bytes), symbology, sourceId, receivedAt);
    }

    /** Control characters shown as {@code <GS>}, {@code <CR>}, ...: for logs, never for parsing. */
    @Override
    public String toString() {
        return "Scan[" + sourceId + " " + ControlChars.visible(text) + " at " + receivedAt + "]";
    }
}
