package org.coiedge.printer.label;

/**
 * One thing drawn on a label. Positions are the top-left corner in millimetres from the label's
 * top-left corner.
 */
public sealed interface LabelElement permits TextElement, Code128Element, DataMatrixElement, BoxElement {
    /** Left edge in mm. */
    double xMm();

    /** Top edge in mm. */
    double yMm();
}
