package org.coiedge.scanner.image;

import java.util.List;
import java.util.Objects;

/**
 * One symbol found in an image.
 *
 * @param format  "CODE_128", "DATA_MATRIX", "QR_CODE"
 * @param text    the data as a scanner with AIM identifiers on would send it: the identifier
 *                ({@code ]C0}, {@code ]C1}, {@code ]d1}, {@code ]d2}, {@code ]Q1}, ...) then the
 *                data, with GS (0x1D) where the symbol had FNC1 separators
 * @param corners the symbol's corner or end points in image pixels, for an on-screen overlay
 */
public record DecodedSymbol(String format, String text, List<Point> corners) {
    public DecodedSymbol {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        corners = List.copyOf(corners);
    }

    /** A point in image pixels. */
    public record Point(float x, float y) {
    }
}
