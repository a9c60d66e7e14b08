package org.coiedge.printer.zpl;

import java.util.Objects;
import org.coiedge.printer.barcode.Code128Plan;
import org.coiedge.printer.barcode.DataMatrixSize;
import org.coiedge.printer.label.BoxElement;
import org.coiedge.printer.label.Code128Element;
import org.coiedge.printer.label.DataMatrixElement;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.LabelElement;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.label.TextElement;

/**
 * Renders a {@link Label} to one ZPL II format for one print head resolution: UTF-8 text
 * ({@code ^CI28}), the reprint policy stated ({@code ^JZ}), Code 128 in mode N with explicit code
 * sets, Data Matrix with its escape character set. Refuses a layout whose barcodes (with quiet
 * zones) do not fit on the label. Stateless and thread-safe.
 */
public final class ZplRenderer {
    private final Resolution resolution;
    private final ReprintPolicy reprint;

    public ZplRenderer(Resolution resolution) {
        this(resolution, ReprintPolicy.NO_REPRINT);
    }

    public ZplRenderer(Resolution resolution, ReprintPolicy reprint) {
        this.resolution = Objects.requireNonNull(resolution, "resolution");
        this.reprint = Objects.requireNonNull(reprint, "reprint");
        if (resolution.code128ModuleMm() < Resolution.MIN_MODULE_MM) {
            throw new IllegalStateException("Code 128 module below 0.17 mm at " + resolution);
        }
    }

    /** One {@code ^XA … ^XZ} format printing one copy of the label. */
    public String render(Label label) {
        StringBuilder z = new StringBuilder();
        z.append("^XA\n");
        z.append("^FX coi-edge ").append(label.template()).append(' ').append(resolution.dpi()).append(" dpi\n");
        z.append("^CI28\n");
        z.append(reprint.command()).append('\n');
        z.append("^PW").append(resolution.dots(label.widthMm())).append('\n');
        z.append("^LL").append(resolution.dots(label.heightMm())).append('\n');
        z.append("^LH0,0\n");
        for (LabelElement e : label.elements()) {
            if (e instanceof TextElement) {
                text(z, (TextElement) e);
            } else if (e instanceof Code128Element) {
                code128(z, label, (Code128Element) e);
            } else if (e instanceof DataMatrixElement) {
                dataMatrix(z, label, (DataMatrixElement) e);
            } else if (e instanceof BoxElement) {
                box(z, (BoxElement) e);
            }
        }
        z.append("^PQ1\n");
        z.append("^XZ\n");
        return z.toString();
    }

    private void text(StringBuilder z, TextElement t) {
        int h = resolution.dots(t.heightMm());
        int x = resolution.dots(t.xMm());
        int y = resolution.dots(t.yMm());
        textField(z, t, x, y, h);
        if (t.weight() == TextElement.Weight.BOLD) {
            // Font 0 has no bold face: strike the text again a fraction of a stroke to the right.
            int shift = Math.max(1, h / 16);
            boolean vertical = t.rotation().degrees() % 180 != 0;
            textField(z, t, vertical ? x : x + shift, vertical ? y + shift : y, h);
        }
    }

    private void textField(StringBuilder z, TextElement t, int x, int y, int h) {
        z.append("^FO").append(x).append(',').append(y);
        z.append("^A0").append(t.rotation().zpl()).append(',').append(h).append(',').append(h);
        if (t.wraps()) {
            z.append("^FB").append(resolution.dots(t.wrapWidthMm())).append(',').append(t.maxLines()).append(",0,L,0");
        }
        z.append("^FH").append(ZplEscapes.HEX_INDICATOR).append("^FD").append(ZplEscapes.text(t.text())).append("^FS\n");
    }

    private void code128(StringBuilder z, Label label, Code128Element b) {
        Code128Plan plan = Code128Plan.of(b.data(), b.gs1());
        int module = resolution.code128ModuleDots();
        int quiet = Code128Element.QUIET_ZONE_MODULES * module;
        int total = plan.modules() * module + 2 * quiet;
        int x = resolution.dots(b.xMm());
        if (x < 0 || x + total > resolution.dots(label.widthMm())) {
            throw new IllegalArgumentException(String.format(
                    "Code 128 %s needs %.1f mm with quiet zones at x=%.1f mm: it does not fit on the %.0f mm label at %d dpi",
                    b.data(), total / (double) resolution.dotsPerMm(), b.xMm(), label.widthMm(), resolution.dpi()));
        }
        z.append("^FO").append(x + quiet).append(',').append(resolution.dots(b.yMm()));
        z.append("^BY").append(module);
        z.append("^BCN,").append(resolution.dots(b.heightMm())).append(",N,N,N,N");
        z.append("^FD").append(ZplEscapes.code128(plan)).append("^FS\n");
    }

    private void dataMatrix(StringBuilder z, Label label, DataMatrixElement d) {
        int module = resolution.dataMatrixModuleDots(d.moduleMm());
        int side = DataMatrixSize.modules(d.data()) * module;
        int x = resolution.dots(d.xMm());
        int y = resolution.dots(d.yMm());
        if (x < module || y < module || x + side + module > resolution.dots(label.widthMm())
                || y + side + module > resolution.dots(label.heightMm())) {
            throw new IllegalArgumentException("Data Matrix with its quiet zone does not fit on the label at "
                    + resolution.dpi() + " dpi");
        }
        z.append("^FO").append(x).append(',').append(y);
        z.append("^BXN,").append(module).append(",200,,,,").append(ZplEscapes.DATA_MATRIX_ESCAPE);
        z.append("^FD").append(ZplEscapes.dataMatrix(d.data())).append("^FS\n");
    }

    private void box(StringBuilder z, BoxElement b) {
        int t = Math.max(1, resolution.dots(b.thicknessMm()));
        int w = Math.max(t, resolution.dots(b.widthMm()));
        int h = Math.max(t, resolution.dots(b.heightMm()));
        z.append("^FO").append(resolution.dots(b.xMm())).append(',').append(resolution.dots(b.yMm()));
        z.append("^GB").append(w).append(',').append(h).append(',').append(t).append("^FS\n");
    }
}
