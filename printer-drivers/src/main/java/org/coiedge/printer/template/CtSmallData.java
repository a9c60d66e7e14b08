package org.coiedge.printer.template;

import java.util.Objects;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.ProductCode;

/**
 * What a {@code ct-small} label shows.
 *
 * @param partialLabel true when this is an affixed partial label (DIN flag 12) whose full label is
 *                     attached or accompanies the product; false prints the check-value flag
 */
public record CtSmallData(Din din, ProductCode productCode, boolean partialLabel) {
    public CtSmallData {
        Objects.requireNonNull(din, "din");
        Objects.requireNonNull(productCode, "productCode");
    }
}
