package org.coiedge.printer.label;

import java.util.Objects;

/**
 * A linear Code 128 symbol carrying {@code data} exactly (one ISBT 128 structure: DI and content).
 * No human-readable line is printed by the symbol itself: ISBT 128 eye-readable text leaves out
 * the data identifier, so templates place it as separate text. {@code xMm} is the left edge of the
 * left quiet zone; the quiet zone (10 modules each side) belongs to the element. With {@code gs1}
 * the symbol is GS1-128 (FNC1 after the start character) and {@code data} is a GS1 element string
 * of fixed-length elements.
 */
public record Code128Element(double xMm, double yMm, String data, double heightMm, boolean gs1) implements LabelElement {
    /** ISBT 128 minimum symbol height. */
    public static final double MIN_HEIGHT_MM = 5.0;
    /** Quiet zone each side, in modules. */
    public static final int QUIET_ZONE_MODULES = 10;

    /** An ISBT 128 (not GS1) symbol. */
    public Code128Element(double xMm, double yMm, String data, double heightMm) {
        this(xMm, yMm, data, heightMm, false);
    }

    /** A GS1-128 symbol for a fixed-length element string such as {@code 00} + SSCC. */
    public static Code128Element gs1(double xMm, double yMm, String elementString, double heightMm) {
        return new Code128Element(xMm, yMm, elementString, heightMm, true);
    }

    public Code128Element {
        Objects.requireNonNull(data, "data");
        if (data.isEmpty() || !data.chars().allMatch(c -> c >= 32 && c <= 126)) {
            throw new IllegalArgumentException("Code 128 data must be printable ASCII: " + data);
        }
        if (heightMm < MIN_HEIGHT_MM) {
            throw new IllegalArgumentException("Code 128 height must be at least 5 mm: " + heightMm);
        }
    }
}
