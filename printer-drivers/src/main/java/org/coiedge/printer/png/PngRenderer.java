package org.coiedge.printer.png;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.datamatrix.DataMatrixWriter;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;
import com.google.zxing.oned.Code128Writer;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.coiedge.printer.label.BoxElement;
import org.coiedge.printer.label.Code128Element;
import org.coiedge.printer.label.DataMatrixElement;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.LabelElement;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.label.TextElement;

/**
 * Renders a {@link Label} to an on-screen preview image at a print head's resolution, one pixel
 * per dot. Barcodes come from ZXing's writers: Code 128 with its minimal encoder (as short as the
 * ZPL renderer's plan, which a test checks), Data Matrix ECC 200 square. Text uses the monospaced
 * font, which tells 0 from O. Stateless and thread-safe; needs no display.
 */
public final class PngRenderer {
    private final Resolution resolution;

    public PngRenderer(Resolution resolution) {
        this.resolution = Objects.requireNonNull(resolution, "resolution");
    }

    /** The preview as an image, black on white. */
    public BufferedImage image(Label label) {
        BufferedImage img = new BufferedImage(resolution.dots(label.widthMm()), resolution.dots(label.heightMm()),
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (LabelElement e : label.elements()) {
                if (e instanceof TextElement) {
                    text(g, (TextElement) e);
                } else if (e instanceof Code128Element) {
                    code128(g, (Code128Element) e);
                } else if (e instanceof DataMatrixElement) {
                    dataMatrix(g, (DataMatrixElement) e);
                } else if (e instanceof BoxElement) {
                    box(g, (BoxElement) e);
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The preview as PNG bytes. */
    public byte[] png(Label label) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(label), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void text(Graphics2D g, TextElement t) {
        int h = resolution.dots(t.heightMm());
        Font font = new Font(Font.MONOSPACED, t.weight() == TextElement.Weight.BOLD ? Font.BOLD : Font.PLAIN, h);
        AffineTransform saved = g.getTransform();
        g.translate(resolution.dots(t.xMm()), resolution.dots(t.yMm()));
        if (t.rotation().degrees() != 0) {
            g.rotate(Math.toRadians(t.rotation().degrees()));
            // ZPL's field origin is the top-left of the rotated field; move the text back into it.
            if (t.rotation().degrees() == 90) {
                g.translate(0, -h);
            }
        }
        g.setFont(font);
        List<String> lines = t.wraps()
                ? TextWrap.lines(t.text(), g.getFontMetrics(), resolution.dots(t.wrapWidthMm()), t.maxLines())
                : List.of(t.text());
        int ascent = g.getFontMetrics().getAscent();
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 0, ascent * 9 / 10 + i * h);
        }
        g.setTransform(saved);
    }

    private void code128(Graphics2D g, Code128Element b) {
        BitMatrix m = encode(new Code128Writer(), (b.gs1() ? "\u00f1" : "") + b.data(), BarcodeFormat.CODE_128,
                Map.of(EncodeHintType.CODE128_COMPACT, Boolean.TRUE, EncodeHintType.MARGIN, 0));
        int module = resolution.code128ModuleDots();
        int x0 = resolution.dots(b.xMm()) + Code128Element.QUIET_ZONE_MODULES * module;
        int y0 = resolution.dots(b.yMm());
        int h = resolution.dots(b.heightMm());
        for (int col = 0; col < m.getWidth(); col++) {
            if (m.get(col, 0)) {
                g.fillRect(x0 + col * module, y0, module, h);
            }
        }
    }

    private void dataMatrix(Graphics2D g, DataMatrixElement d) {
        BitMatrix m = encode(new DataMatrixWriter(), d.data(), BarcodeFormat.DATA_MATRIX,
                Map.of(EncodeHintType.DATA_MATRIX_SHAPE, SymbolShapeHint.FORCE_SQUARE));
        int module = resolution.dataMatrixModuleDots(d.moduleMm());
        int x0 = resolution.dots(d.xMm());
        int y0 = resolution.dots(d.yMm());
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    g.fillRect(x0 + x * module, y0 + y * module, module, module);
                }
            }
        }
    }

    private void box(Graphics2D g, BoxElement b) {
        int t = Math.max(1, resolution.dots(b.thicknessMm()));
        int x = resolution.dots(b.xMm());
        int y = resolution.dots(b.yMm());
        int w = Math.max(t, resolution.dots(b.widthMm()));
        int h = Math.max(t, resolution.dots(b.heightMm()));
        g.fillRect(x, y, w, t);
        g.fillRect(x, y + h - t, w, t);
        g.fillRect(x, y, t, h);
        g.fillRect(x + w - t, y, t, h);
    }

    private static BitMatrix encode(com.google.zxing.Writer w, String data, BarcodeFormat f, Map<EncodeHintType, ?> hints) {
        try {
            return w.encode(data, f, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + f + " data " + data + ": " + e.getMessage(), e);
        }
    }
}
