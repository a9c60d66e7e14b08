package org.coiedge.scanner.image.internal;

import com.google.zxing.common.BitArray;

/** Turns a sampled scan line into bars (set bits) and spaces. */
final class Thresholds {
    /** Below this range (grey levels) a line is flat: no bars. */
    private static final float MIN_RANGE = 12;

    private Thresholds() {
    }

    /** One threshold for the whole line, Otsu's (best split of the grey histogram); null on a flat line. */
    static BitArray otsu(float[] line) {
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : line) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min < MIN_RANGE) {
            return null;
        }
        int[] hist = new int[64];
        float scale = 63.99f / (max - min);
        for (float v : line) {
            hist[(int) ((v - min) * scale)]++;
        }
        double total = line.length;
        double sumAll = 0;
        for (int i = 0; i < hist.length; i++) {
            sumAll += i * (double) hist[i];
        }
        double sumLow = 0;
        double weightLow = 0;
        double best = -1;
        int split = 32;
        for (int i = 0; i < hist.length; i++) {
            weightLow += hist[i];
            if (weightLow == 0 || weightLow == total) {
                continue;
            }
            sumLow += i * (double) hist[i];
            double meanLow = sumLow / weightLow;
            double meanHigh = (sumAll - sumLow) / (total - weightLow);
            double between = weightLow * (total - weightLow) * (meanLow - meanHigh) * (meanLow - meanHigh);
            if (between > best) {
                best = between;
                split = i;
            }
        }
        float threshold = min + (split + 1) / scale;
        BitArray row = new BitArray(line.length);
        for (int i = 0; i < line.length; i++) {
            if (line[i] < threshold) {
                row.set(i);
            }
        }
        return row;
    }

    /**
     * A threshold that follows the light along the line (glare, shading): the middle of the local
     * darkest and lightest within a window of about a tenth of the line; where the window is flat
     * (a quiet zone), the line's overall middle instead, so noise there never becomes bars.
     */
    static BitArray local(float[] line) {
        int n = line.length;
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : line) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max - min < MIN_RANGE) {
            return null;
        }
        float global = (min + max) / 2;
        int half = Math.max(4, n / 20);
        BitArray row = new BitArray(n);
        for (int i = 0; i < n; i++) {
            float lo = Float.MAX_VALUE;
            float hi = -Float.MAX_VALUE;
            for (int j = Math.max(0, i - half); j < Math.min(n, i + half + 1); j++) {
                lo = Math.min(lo, line[j]);
                hi = Math.max(hi, line[j]);
            }
            float t = hi - lo < (max - min) / 4 ? global : (lo + hi) / 2;
            if (line[i] < t) {
                row.set(i);
            }
        }
        return row;
    }
}
