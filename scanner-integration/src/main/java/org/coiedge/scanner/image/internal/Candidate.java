package org.coiedge.scanner.image.internal;

/**
 * A region of a frame that looks like a symbol: many strong edges. Coordinates in frame pixels.
 * {@code angle} is the dominant edge-normal direction in radians (for a linear symbol: across the
 * bars); {@code coherence} 0..1 says how much the edges agree on it (bars near 1, a matrix lower).
 * {@code uMin..uMax} and {@code vMin..vMax} bound the region along that direction and across it,
 * where {@code u = x cos(angle) + y sin(angle)} and {@code v = -x sin(angle) + y cos(angle)}.
 * {@code axis} is the direction in which the region is longest (a linear symbol's length, which
 * perspective can turn away from the bars' normal) and {@code aMin..aMax}, {@code bMin..bMax}
 * bound the region along it and across it, in the same way.
 */
public record Candidate(int left, int top, int right, int bottom, double angle, double coherence, int cells,
        double uMin, double uMax, double vMin, double vMax, double axis, double aMin, double aMax, double bMin, double bMax) {

    public int width() {
        return right - left;
    }

    public int height() {
        return bottom - top;
    }

    /** Whether the edges mostly run one way, as the bars of a linear symbol do. */
    public boolean linear() {
        return coherence >= 0.6;
    }

    /** This region grown by {@code margin} pixels on every side, clipped to a {@code w x h} frame. */
    public int[] grown(int margin, int w, int h) {
        int l = Math.max(0, left - margin);
        int t = Math.max(0, top - margin);
        int r = Math.min(w, right + margin);
        int b = Math.min(h, bottom + margin);
        return new int[] {l, t, r - l, b - t};
    }
}
