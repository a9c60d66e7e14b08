package org.coiedge.scanner.image.corpus;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A label seen by a pinhole camera (focal length {@value #FOCAL} pixels, about a 720p webcam's)
 * while tilted 20-45 degrees away from it about a random axis in its plane: the near edge larger
 * than the far one, the whole foreshortened. Rendered by mapping each frame pixel back onto the
 * label (bilinear).
 */
final class Perspective {
    static final double FOCAL = 1000;

    private Perspective() {
    }

    static LabelCorpus.Placed place(BufferedImage label, Random rnd) {
        double tilt = Math.toRadians(20 + rnd.nextInt(26));
        double axis = rnd.nextDouble() * 2 * Math.PI;
        double cx = 640 + rnd.nextInt(61) - 30;
        double cy = 360 + rnd.nextInt(41) - 20;
        double cosA = Math.cos(axis);
        double sinA = Math.sin(axis);
        double cosT = Math.cos(tilt);
        double sinT = Math.sin(tilt);
        int lw = label.getWidth();
        int lh = label.getHeight();
        int[] src = label.getRGB(0, 0, lw, lh, null, 0, lw);
        BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        int background = 90 << 16 | 95 << 8 | 100;
        for (int y = 0; y < 720; y++) {
            for (int x = 0; x < 1280; x++) {
                // Frame point, in the axis-aligned system where the tilt is about the first axis.
                double pa = (x - cx) * cosA + (y - cy) * sinA;
                double pb = -(x - cx) * sinA + (y - cy) * cosA;
                double denominator = FOCAL * cosT - pb * sinT;
                if (denominator <= 0) {
                    frame.setRGB(x, y, background);
                    continue;
                }
                double b = pb * FOCAL / denominator;
                double a = pa * (FOCAL + b * sinT) / FOCAL;
                double lx = a * cosA - b * sinA + lw / 2.0;
                double ly = a * sinA + b * cosA + lh / 2.0;
                frame.setRGB(x, y, lx < 0 || ly < 0 || lx > lw - 1 || ly > lh - 1 ? background : bilinear(src, lw, lh, lx, ly));
            }
        }
        return new LabelCorpus.Placed(frame, p -> {
            // The forward projection of the mapping above.
            double lx = p.getX() - lw / 2.0;
            double ly = p.getY() - lh / 2.0;
            double a = lx * cosA + ly * sinA;
            double b = -lx * sinA + ly * cosA;
            double depth = FOCAL + b * sinT;
            double pa = FOCAL * a / depth;
            double pb = FOCAL * b * cosT / depth;
            return new Point2D.Double(cx + pa * cosA - pb * sinA, cy + pa * sinA + pb * cosA);
        });
    }

    private static int bilinear(int[] src, int w, int h, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        double fx = x - x0;
        double fy = y - y0;
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double top = (src[y0 * w + x0] >> shift & 0xFF) * (1 - fx) + (src[y0 * w + x1] >> shift & 0xFF) * fx;
            double bottom = (src[y1 * w + x0] >> shift & 0xFF) * (1 - fx) + (src[y1 * w + x1] >> shift & 0xFF) * fx;
            out |= (int) Math.round(top * (1 - fy) + bottom * fy) << shift;
        }
        return out;
    }
}
