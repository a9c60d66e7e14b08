package org.coiedge.printer.label;

import java.util.List;
import java.util.Objects;

/**
 * A label laid out in millimetres, independent of any printer resolution. Renderers
 * ({@code org.coiedge.printer.zpl}, {@code org.coiedge.printer.png}) turn the same label into
 * printer commands or a preview image. Immutable.
 *
 * @param template the template name and version that produced it, recorded with every print
 */
public record Label(TemplateId template, double widthMm, double heightMm, List<LabelElement> elements) {
    public Label {
        Objects.requireNonNull(template, "template");
        if (widthMm <= 0 || heightMm <= 0) {
            throw new IllegalArgumentException("label size must be positive: " + widthMm + " x " + heightMm);
        }
        elements = List.copyOf(elements);
    }
}
