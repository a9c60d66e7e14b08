package org.coiedge.printer.label;

import java.util.Objects;

/**
 * Text in the printer's scalable font. With {@code wrapWidthMm > 0} the text wraps within that
 * width over at most {@code maxLines} lines; otherwise it is one line.
 *
 * @param heightMm character height in mm
 */
public record TextElement(double xMm, double yMm, String text, double heightMm, Weight weight,
        Rotation rotation, double wrapWidthMm, int maxLines) implements LabelElement {
    /** Normal or bold. The printer font has no bold face: renderers widen the glyphs. */
    public enum Weight {
        NORMAL, BOLD
    }

    public TextElement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(rotation, "rotation");
        if (heightMm <= 0) {
            throw new IllegalArgumentException("text height must be positive: " + heightMm);
        }
        if (wrapWidthMm > 0 && maxLines < 1) {
            throw new IllegalArgumentException("wrapped text needs at least one line");
        }
    }

    /** One line of unrotated text. */
    public static TextElement line(double xMm, double yMm, String text, double heightMm, Weight weight) {
        return new TextElement(xMm, yMm, text, heightMm, weight, Rotation.NONE, 0, 1);
    }

    /** Text wrapped within {@code widthMm} over at most {@code maxLines} lines. */
    public static TextElement wrapped(double xMm, double yMm, String text, double heightMm, Weight weight,
            double widthMm, int maxLines) {
        return new TextElement(xMm, yMm, text, heightMm, weight, Rotation.NONE, widthMm, maxLines);
    }

    public boolean wraps() {
        return wrapWidthMm > 0;
    }
}
