package org.coiedge.printer.label;

/**
 * A print head resolution. ZPL does not scale, so every layout is computed per resolution. The
 * Code 128 module width is the one the reference sheet gives for ISBT 128's 0.25 mm target (never
 * below 0.17 mm).
 */
public enum Resolution {
    DPI_203(203, 8, 2), DPI_300(300, 12, 3), DPI_600(600, 24, 6);

    /** ISBT 128's smallest allowed X dimension. */
    public static final double MIN_MODULE_MM = 0.17;

    private final int dpi;
    private final int dotsPerMm;
    private final int code128ModuleDots;

    Resolution(int dpi, int dotsPerMm, int code128ModuleDots) {
        this.dpi = dpi;
        this.dotsPerMm = dotsPerMm;
        this.code128ModuleDots = code128ModuleDots;
    }

    /** The resolution for 203, 300 or 600; anything else is refused with the allowed values. */
    public static Resolution ofDpi(int dpi) {
        for (Resolution r : values()) {
            if (r.dpi == dpi) {
                return r;
            }
        }
        throw new IllegalArgumentException("dpi must be 203, 300 or 600, not " + dpi);
    }

    public int dpi() {
        return dpi;
    }

    public int dotsPerMm() {
        return dotsPerMm;
    }

    /** Millimetres to dots, rounded to the nearest dot. */
    public int dots(double mm) {
        return (int) Math.round(mm * dotsPerMm);
    }

    /** The Code 128 narrow module in dots ({@code ^BY}). */
    public int code128ModuleDots() {
        return code128ModuleDots;
    }

    /** The Code 128 narrow module in mm. */
    public double code128ModuleMm() {
        return (double) code128ModuleDots / dotsPerMm;
    }

    /** Data Matrix module in dots for a requested size in mm (at least 1 dot). */
    public int dataMatrixModuleDots(double moduleMm) {
        return Math.max(1, (int) Math.floor(moduleMm * dotsPerMm + 1e-9));
    }
}
