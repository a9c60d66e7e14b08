package org.coiedge.scanner.image.corpus;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * ISBT 128 CT labels (DIN in Code 128, a DS023 compound message in Data Matrix) placed in a
 * 1280x720 frame and degraded as a camera would: rotation, blur, noise, low contrast, glare,
 * small symbols and perspective (the label tilted away from the camera). Deterministic: the same seed gives the same corpus. Used by the read-rate test and
 * {@code coi-edge bench scan}.
 */
public final class LabelCorpus {
    /** Degradation kinds, in the order frames are generated. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;

    public static final List<String> KINDS = List.of("clean", "rotated", "blurred", "noisy", "low-contrast", "glare", "small", "perspective");

    /**
     * One frame and the symbol texts (AIM identifier included) it should give.
     *
     * @param inView false when part of a symbol (with its quiet zone) lies outside the picture, as
     *               when a label turned upright is longer than the frame is high: no decoder can
     *               read such a frame fully, and it is kept so the read rate says so
     */
    public record Frame(String name, String kind, BufferedImage image, List<String> expected, boolean inView) {
    }

    /** Where a label landed in a frame: the frame and the label-to-frame mapping of points. */
    record Placed(BufferedImage frame, UnaryOperator<Point2D> toFrame) {
    }

    private LabelCorpus() {
    }

    /** {@code perKind} frames of each kind; the same seed gives the same frames. */
    public static List<Frame> generate(int perKind, long seed) throws WriterException {
        Random rnd = new Random(seed);
        List<Frame> out = new ArrayList<>();
        // New kinds go at the end of KINDS: the random sequence, and so every earlier frame, stays as it was.
        for (String kind : KINDS) {
            for (int i = 0; i < perKind; i++) {
                String din = String.format("=A9999%02d%06d00", 20 + rnd.nextInt(7), rnd.nextInt(1_000_000));
                String cm = "=+04000=/A9997XYZ100T0479" + din + "=,000012=>019031";
                double scale = kind.equals("small") ? 0.45 : 1.0;
                BufferedImage code128 = Symbols.render(BarcodeFormat.CODE_128, din, (int) (520 * scale), (int) (110 * scale));
                BufferedImage dm = Symbols.render(BarcodeFormat.DATA_MATRIX, cm, (int) (170 * scale), (int) (170 * scale));
                double angle = kind.equals("rotated") ? Math.toRadians(rnd.nextInt(2) == 0 ? 5 + rnd.nextInt(30) : 90) : 0;
                BufferedImage label = Symbols.label(code128, dm);
                Placed placed = kind.equals("perspective") ? Perspective.place(label, rnd) : place(label, angle, rnd);
                boolean inView = inView(placed, 40, code128) && inView(placed, 80 + code128.getWidth(), dm);
                BufferedImage frame = degrade(placed.frame(), kind, rnd);
                out.add(new Frame(kind + "-" + i, kind, frame, List.of("]C0" + din, "]d1" + cm), inView));
            }
        }
        return out;
    }

    /** Whether the modules of a symbol drawn at ({@code left}, 40) on the label (see {@link Symbols#label}) lie wholly in the frame. */
    private static boolean inView(Placed placed, int left, BufferedImage symbol) {
        int[] dark = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < symbol.getHeight(); y++) {
            for (int x = 0; x < symbol.getWidth(); x++) {
                if ((symbol.getRGB(x, y) & 0xFF) < 128) {
                    dark[0] = Math.min(dark[0], x);
                    dark[1] = Math.min(dark[1], y);
                    dark[2] = Math.max(dark[2], x + 1);
                    dark[3] = Math.max(dark[3], y + 1);
                }
            }
        }
        for (int corner = 0; corner < 4; corner++) {
            Point2D p = placed.toFrame().apply(new Point2D.Double(left + dark[(corner & 1) * 2], 40 + dark[1 + (corner >> 1) * 2]));
            if (p.getX() < 0 || p.getY() < 0 || p.getX() > WIDTH || p.getY() > HEIGHT) {
                return false;
            }
        }
        return true;
    }

    private static Placed place(BufferedImage label, double angle, Random rnd) {
        BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(90, 95, 100));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        int dx = 640 + rnd.nextInt(101) - 50;
        int dy = 360 + rnd.nextInt(61) - 30;
        g.translate(dx, dy);
        g.rotate(angle);
        g.drawImage(label, -label.getWidth() / 2, -label.getHeight() / 2, null);
        AffineTransform toFrame = g.getTransform();
        toFrame.translate(-label.getWidth() / 2, -label.getHeight() / 2);
        g.dispose();
        return new Placed(frame, p -> toFrame.transform(p, null));
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
