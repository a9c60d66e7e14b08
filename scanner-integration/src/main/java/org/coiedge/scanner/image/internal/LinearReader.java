package org.coiedge.scanner.image.internal;

import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.BitArray;
import com.google.zxing.oned.Code128Reader;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a Code 128 symbol in a candidate region at any angle: scan lines are laid along the
 * region's long axis and sampled (bilinear, finer than a pixel for thin bars), each sample
 * averaging a short strip along the bars, which cancels sensor noise without blurring the bars;
 * the lines are thresholded two ways (Otsu over the line, then a moving local mid-level for glare)
 * and handed to ZXing's Code 128 row decoder. A text counts only when two lines read it: a single
 * line can pass the mod-103 check with a wrong character. Stateless and thread-safe.
 */
public final class LinearReader {
    /** Scan lines tried across the height of the bars, middle first. */
    private static final int LINES = 9;
    /** Quiet zone looked at beyond the region on each end, frame pixels. */
    private static final int QUIET = 24;
    /** Lines that must agree on a text. */
    private static final int AGREEING = 2;

    private LinearReader() {
    }

    /**
     * The symbol with its end points in frame pixels, or null when no two lines agree.
     *
     * @param samplesPerPixel samples per frame pixel along a line (2 for bars of one or two pixels)
     * @param stripPixels     how far along the bars each sample averages: 0 for a ninth of their
     *                        height (best against noise), a few pixels when perspective fans the
     *                        bars out so that a tall strip would smear them
     */
    public static Result read(Luma luma, Candidate c, float samplesPerPixel, double stripPixels, Map<DecodeHintType, ?> hints) {
        float ac = (float) Math.cos(c.axis());
        float as = (float) Math.sin(c.axis());
        // Along the bars: perpendicular to their normal, pointing the same way as "across the axis".
        float bc = (float) -Math.sin(c.angle());
        float bs = (float) Math.cos(c.angle());
        if (bc * -as + bs * ac < 0) {
            bc = -bc;
            bs = -bs;
        }
        double a0 = c.aMin() - QUIET;
        int n = (int) Math.ceil((c.aMax() + QUIET - a0) * samplesPerPixel);
        double height = c.bMax() - c.bMin();
        double spacing = height * 0.8 / LINES;
        double strip = stripPixels > 0 ? stripPixels : Math.max(1, spacing);
        int perStrip = Math.max(1, (int) Math.round(strip));
        float[] line = new float[n];
        Code128Reader reader = new Code128Reader();
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < LINES; k++) {
            int step = (k + 1) / 2;
            int index = LINES / 2 + (k % 2 == 0 ? step : -step);
            double b = c.bMin() + height * 0.1 + spacing * (index + 0.5);
            // Start of the line in frame pixels: along the axis a0, across it b.
            float sx = (float) (a0 * ac - b * as);
            float sy = (float) (a0 * as + b * ac);
            for (int i = 0; i < n; i++) {
                float t = i / samplesPerPixel;
                float x = sx + t * ac;
                float y = sy + t * as;
                float sum = 0;
                for (int s = 0; s < perStrip; s++) {
                    float d = (float) ((s - (perStrip - 1) / 2.0) * strip / perStrip);
                    sum += luma.sample(x + d * bc, y + d * bs);
                }
                line[i] = sum / perStrip;
            }
            Result r = decode(reader, line, k, hints);
            if (r != null && seen.merge(r.getText(), 1, Integer::sum) >= AGREEING) {
                return toFrame(r, sx, sy, ac, as, samplesPerPixel);
            }
        }
        return null;
    }

    /** The symbol read from one line (points in line samples), or null. */
    static Result decode(Code128Reader reader, float[] line, int rowNumber, Map<DecodeHintType, ?> hints) {
        for (int t = 0; t < 2; t++) {
            BitArray row = t == 0 ? Thresholds.otsu(line) : Thresholds.local(line);
            if (row == null) {
                continue;
            }
            for (int attempt = 0; attempt < 2; attempt++) {
                try {
                    Result r = reader.decodeRow(rowNumber, row, hints);
                    return attempt == 0 ? r : flipped(r, line.length);
                } catch (ReaderException | RuntimeException e) {
                    // Upside down reads the other way: reverse and try once more.
                    row.reverse();
                }
            }
        }
        return null;
    }

    private static Result flipped(Result r, int length) {
        ResultPoint[] points = r.getResultPoints();
        ResultPoint[] out = new ResultPoint[points == null ? 0 : points.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = new ResultPoint(length - 1 - points[i].getX(), points[i].getY());
        }
        return copy(r, out);
    }

    /** The result with its points moved from line samples to frame pixels. */
    private static Result toFrame(Result r, float sx, float sy, float ac, float as, float samplesPerPixel) {
        ResultPoint[] points = r.getResultPoints();
        ResultPoint[] out = new ResultPoint[points == null ? 0 : points.length];
        for (int i = 0; i < out.length; i++) {
            float t = points[i].getX() / samplesPerPixel;
            out[i] = new ResultPoint(sx + t * ac, sy + t * as);
        }
        return copy(r, out);
    }

    static Result copy(Result r, ResultPoint[] points) {
        Result out = new Result(r.getText(), r.getRawBytes(), points, r.getBarcodeFormat());
        if (r.getResultMetadata() != null) {
            out.putAllMetadata(r.getResultMetadata());
        }
        return out;
    }
}
