package org.coiedge.scanner.image.corpus;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Renders test symbols with ZXing's writers: black modules on white, with a quiet zone. */
public final class Symbols {
    /** Code 128's FNC1 for ZXing's writer. */
    public static final char FNC1 = '\u00f1';

    private Symbols() {
    }

    public static BufferedImage render(BarcodeFormat format, String contents, int width, int height, Map<EncodeHintType, ?> hints)
            throws WriterException {
        BitMatrix m = new MultiFormatWriter().encode(contents, format, width, height, hints);
        BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        return img;
    }

    public static BufferedImage render(BarcodeFormat format, String contents, int width, int height) throws WriterException {
        return render(format, contents, width, height, Map.of(EncodeHintType.MARGIN, 10));
    }

    /** Places several images side by side on one white label, like a bag label with two symbols. */
    public static BufferedImage label(BufferedImage... parts) {
        int w = 40;
        int h = 0;
        for (BufferedImage p : parts) {
            w += p.getWidth() + 40;
            h = Math.max(h, p.getHeight());
        }
        BufferedImage label = new BufferedImage(w, h + 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = label.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, label.getWidth(), label.getHeight());
        int x = 40;
        for (BufferedImage p : parts) {
            g.drawImage(p, x, 40, null);
            x += p.getWidth() + 40;
        }
        g.dispose();
        return label;
    }
}
