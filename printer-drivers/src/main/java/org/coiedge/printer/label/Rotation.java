package org.coiedge.printer.label;

/** Clockwise rotation of a field, as ZPL's N, R, I, B orientations. */
public enum Rotation {
    NONE('N', 0), CLOCKWISE_90('R', 90), UPSIDE_DOWN('I', 180), CLOCKWISE_270('B', 270);

    private final char zpl;
    private final int degrees;

    Rotation(char zpl, int degrees) {
        this.zpl = zpl;
        this.degrees = degrees;
    }

    /** The ZPL orientation letter. */
    public char zpl() {
        return zpl;
    }

    public int degrees() {
        return degrees;
    }
}
