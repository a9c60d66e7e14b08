package org.coiedge.scanner.image.corpus;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * ISBT 128 CT labels (DIN in Code 128, a DS023 compound message in Data Matrix) placed in a
 * 1280x720 frame and degraded as a camera would: rotation, blur, noise, low contrast, glare and
 * small symbols. Deterministic: the same seed gives the same corpus. Used by the read-rate test and
 * {@code coi-edge bench scan}.
 */
public final class LabelCorpus {
    /** One frame and the symbol texts (AIM identifier included) it should give. */
    public record Frame(String name, BufferedImage image, List<String> expected) {
    }

    private LabelCorpus() {
    }

    /** {@code perKind} frames of each kind; the same seed gives the same frames. */
    public static List<Frame> generate(int perKind, long seed) throws WriterException {
        Random rnd = new Random(seed);
        List<Frame> out = new ArrayList<>();
        String[] kinds = {"clean", "rotated", "blurred", "noisy", "low-contrast", "glare", "small"};
        for (String kind : kinds) {
            for (int i = 0; i < perKind; i++) {
                String din = String.format("=A9999%02d%06d00", 20 + rnd.nextInt(7), rnd.nextInt(1_000_000));
                String cm = "=+04000=/A9997XYZ100T0479" + din + "=,000012=>019031";
                double scale = kind.equals("small") ? 0.45 : 1.0;
                BufferedImage code128 = Symbols.render(BarcodeFormat.CODE_128, din, (int) (520 * scale), (int) (110 * scale));
                BufferedImage dm = Symbols.render(BarcodeFormat.DATA_MATRIX, cm, (int) (170 * scale), (int) (170 * scale));
                double angle = kind.equals("rotated") ? Math.toRadians(rnd.nextInt(2) == 0 ? 5 + rnd.nextInt(30) : 90) : 0;
                BufferedImage frame = place(Symbols.label(code128, dm), angle, rnd);
                frame = degrade(frame, kind, rnd);
                out.add(new Frame(kind + "-" + i, frame, List.of("]C0" + din, "]d1" + cm)));
            }
        }
        return out;
    }

    private static BufferedImage place(BufferedImage label, double angle, Random rnd) {
        BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(90, 95, 100));
        g.fillRect(0, 0, 1280, 720);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int dx = 640 + rnd.nextInt(101) - 50;
        int dy = 360 + rnd.nextInt(61) - 30;
        g.translate(dx, dy);
        g.rotate(angle);
        g.drawImage(label, -label.getWidth() / 2, -label.getHeight() / 2, null);
        g.dispose();
        return frame;
    }

    private static BufferedImage degrade(BufferedImage img, String kind, Random rnd) {
        switch (kind) {
            case "blurred": {
                float[] k = new float[9];
                java.util.Arrays.fill(k, 1f / 9);
                return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(img, null);
            }
            case "noisy":
                return perPixel(img, v -> v + (int) (rnd.nextGaussian() * 28));
            case "low-contrast":
                return perPixel(img, v -> 100 + v * 70 / 255);
            case "glare": {
                Graphics2D g = img.createGraphics();
                g.setPaint(new RadialGradientPaint(new Point2D.Float(560 + rnd.nextInt(160), 330), 160,
                        new float[] {0f, 1f}, new Color[] {new Color(255, 255, 255, 170), new Color(255, 255, 255, 0)}));
                g.fillRect(0, 0, img.getWidth(), img.getHeight());
                g.dispose();
                return img;
            }
            default:
                return img;
        }
    }

    private static BufferedImage perPixel(BufferedImage img, java.util.function.IntUnaryOperator f) {
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int v = Math.max(0, Math.min(255, f.applyAsInt(img.getRGB(x, y) & 0xFF)));
                out.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return out;
    }
}
