package org.coiedge.scanner.image.internal;

import com.google.zxing.LuminanceSource;

/** A window onto a {@link Luma} as ZXing's luminance source; cropping shares the pixels. */
final class LumaSource extends LuminanceSource {
    private final Luma luma;
    private final int left;
    private final int top;

    LumaSource(Luma luma) {
        this(luma, 0, 0, luma.width(), luma.height());
    }

    private LumaSource(Luma luma, int left, int top, int width, int height) {
        super(width, height);
        this.luma = luma;
        this.left = left;
        this.top = top;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        int w = getWidth();
        byte[] out = row == null || row.length < w ? new byte[w] : row;
        System.arraycopy(luma.pixels(), (top + y) * luma.width() + left, out, 0, w);
        return out;
    }

    @Override
    public byte[] getMatrix() {
        int w = getWidth();
        int h = getHeight();
        if (left == 0 && top == 0 && w == luma.width() && h == luma.height()) {
            return luma.pixels();
        }
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(luma.pixels(), (top + y) * luma.width() + left, out, y * w, w);
        }
        return out;
    }

    @Override
    public boolean isCropSupported() {
        return true;
    }

    @Override
    public LuminanceSource crop(int l, int t, int w, int h) {
        return new LumaSource(luma, left + l, top + t, w, h);
    }
}
