package org.coiedge.printer.label;

/** A rectangle outline; a line is a box whose width or height equals its thickness. */
public record BoxElement(double xMm, double yMm, double widthMm, double heightMm, double thicknessMm)
        implements LabelElement {
    public BoxElement {
        if (widthMm <= 0 || heightMm <= 0 || thicknessMm <= 0) {
            throw new IllegalArgumentException("box sizes must be positive");
        }
    }

    /** A horizontal line. */
    public static BoxElement horizontalLine(double xMm, double yMm, double lengthMm, double thicknessMm) {
        return new BoxElement(xMm, yMm, lengthMm, thicknessMm, thicknessMm);
    }
}
