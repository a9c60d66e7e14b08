package org.coiedge.printer.job;

import java.util.Objects;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.zpl.ZplRenderer;

/** A Zebra printer: renders the label for the printer's resolution and prints it with confirmation. */
public final class ZebraLabelPrinter implements LabelPrinter {
    private final ZplRenderer renderer;
    private final ConfirmedPrinter printer;

    public ZebraLabelPrinter(ZplRenderer renderer, ConfirmedPrinter printer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    @Override
    public PrintOutcome print(Label label) {
        return printer.print(renderer.render(label), 1);
    }
}
