package org.coiedge.printer.label;

import java.util.Objects;

/**
 * A Data Matrix ECC 200 symbol carrying {@code data} exactly (an ISBT 128 compound message).
 * {@code xMm, yMm} is the symbol's top-left corner; renderers keep a quiet zone of at least one
 * module, which the template must leave clear.
 */
public record DataMatrixElement(double xMm, double yMm, String data, double moduleMm) implements LabelElement {
    public DataMatrixElement {
        Objects.requireNonNull(data, "data");
        if (data.isEmpty() || !data.chars().allMatch(c -> c >= 32 && c <= 126 && c != '^' && c != '~')) {
            throw new IllegalArgumentException("Data Matrix data must be printable ASCII without ^ or ~: " + data);
        }
        if (moduleMm < 0.25 || moduleMm > 1.0) {
            throw new IllegalArgumentException("Data Matrix module must be 0.25-1 mm for ISBT 128: " + moduleMm);
        }
    }
}
