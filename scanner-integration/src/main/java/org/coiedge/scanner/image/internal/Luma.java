package org.coiedge.scanner.image.internal;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;

/**
 * A grey image, one byte (0 black .. 255 white) per pixel, row by row. Made from a camera frame in
 * one pass over its raster: {@code BufferedImage.getRGB} goes through the colour model pixel by
 * pixel and alone took about 15 ms of a 1280x720 frame. Immutable by convention: nothing writes
 * {@link #pixels()} after construction.
 */
public final class Luma {
    private final int width;
    private final int height;
    private final byte[] pixels;

    public Luma(int width, int height, byte[] pixels) {
        if (width <= 0 || height <= 0 || pixels.length < width * height) {
            throw new IllegalArgumentException("bad image size " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row by row; callers must not change them. */
    public byte[] pixels() {
        return pixels;
    }

    /** The grey value at (x, y), 0..255. */
    public int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    /** Bilinear grey value at a real position; outside the image the nearest edge pixel. */
    public float sample(float x, float y) {
        float cx = Math.max(0, Math.min(width - 1.001f, x));
        float cy = Math.max(0, Math.min(height - 1.001f, y));
        int x0 = (int) cx;
        int y0 = (int) cy;
        float fx = cx - x0;
        float fy = cy - y0;
        int i = y0 * width + x0;
        int x1 = x0 + 1 < width ? 1 : 0;
        int y1 = y0 + 1 < height ? width : 0;
        float top = (pixels[i] & 0xFF) * (1 - fx) + (pixels[i + x1] & 0xFF) * fx;
        float bottom = (pixels[i + y1] & 0xFF) * (1 - fx) + (pixels[i + y1 + x1] & 0xFF) * fx;
        return top * (1 - fy) + bottom * fy;
    }

    /** A copy of the {@code w x h} window at ({@code left}, {@code top}). */
    public Luma crop(int left, int top, int w, int h) {
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(pixels, (top + y) * width + left, out, y * w, w);
        }
        return new Luma(w, h, out);
    }

    /** This image enlarged {@code factor} times, bilinear (for symbols with modules of one or two pixels). */
    public Luma enlarged(int factor) {
        int w = width * factor;
        int h = height * factor;
        byte[] out = new byte[w * h];
        float inv = 1f / factor;
        for (int y = 0; y < h; y++) {
            float sy = (y + 0.5f) * inv - 0.5f;
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (byte) Math.round(sample((x + 0.5f) * inv - 0.5f, sy));
            }
        }
        return new Luma(w, h, out);
    }

    /**
     * A {@code w x h} image sampled from this one around ({@code cx}, {@code cy}) along axes turned
     * by {@code angle} radians: what the region looks like with that rotation undone.
     */
    public Luma turned(float cx, float cy, double angle, int w, int h) {
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        byte[] out = new byte[w * h];
        for (int j = 0; j < h; j++) {
            float dy = j - h / 2f;
            for (int i = 0; i < w; i++) {
                float dx = i - w / 2f;
                out[j * w + i] = (byte) Math.round(sample(cx + dx * cos - dy * sin, cy + dx * sin + dy * cos));
            }
        }
        return new Luma(w, h, out);
    }

    /**
     * The angle, in radians within [-pi/4, pi/4), by which a square grid (a matrix symbol's modules)
     * in this image is turned: edges at right angles agree once their angle is taken four times.
     */
    public double gridAngle() {
        double c = 0;
        double s = 0;
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                // Sobel: forward differences bend every edge towards the pixel axes.
                int i = y * width + x;
                double gx = 2 * ((pixels[i + 1] & 0xFF) - (pixels[i - 1] & 0xFF))
                        + (pixels[i - width + 1] & 0xFF) - (pixels[i - width - 1] & 0xFF)
                        + (pixels[i + width + 1] & 0xFF) - (pixels[i + width - 1] & 0xFF);
                double gy = 2 * ((pixels[i + width] & 0xFF) - (pixels[i - width] & 0xFF))
                        + (pixels[i + width - 1] & 0xFF) - (pixels[i - width - 1] & 0xFF)
                        + (pixels[i + width + 1] & 0xFF) - (pixels[i - width + 1] & 0xFF);
                double m = gx * gx + gy * gy;
                if (m > 0) {
                    double d = gx * gx - gy * gy;
                    c += (d * d - 4 * gx * gx * gy * gy) / m;
                    s += 4 * gx * gy * d / m;
                }
            }
        }
        return Math.atan2(s, c) / 4;
    }

    /** This image smoothed by a 3x3 box (sensor noise down by a factor of three, edges kept within a pixel). */
    public Luma smoothed() {
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            int y0 = Math.max(0, y - 1) * width;
            int y1 = y * width;
            int y2 = Math.min(height - 1, y + 1) * width;
            for (int x = 0; x < width; x++) {
                int x0 = Math.max(0, x - 1);
                int x2 = Math.min(width - 1, x + 1);
                int sum = (pixels[y0 + x0] & 0xFF) + (pixels[y0 + x] & 0xFF) + (pixels[y0 + x2] & 0xFF)
                        + (pixels[y1 + x0] & 0xFF) + (pixels[y1 + x] & 0xFF) + (pixels[y1 + x2] & 0xFF)
                        + (pixels[y2 + x0] & 0xFF) + (pixels[y2 + x] & 0xFF) + (pixels[y2 + x2] & 0xFF);
                out[y1 + x] = (byte) (sum / 9);
            }
        }
        return new Luma(width, height, out);
    }

    /** This image as a ZXing luminance source (shares the pixels). */
    public LuminanceSource source() {
        return new LumaSource(this);
    }

    /** Grey from any image; the common camera and file layouts are read straight from the raster. */
    public static Luma of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] out = new byte[w * h];
        Raster raster = image.getRaster();
        // Only a raster that is exactly this image's pixels, packed, takes a fast path.
        int elements = raster.getDataBuffer().getSize();
        boolean packed = raster.getMinX() == 0 && raster.getMinY() == 0 && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0 && raster.getDataBuffer().getOffset() == 0
                && raster.getDataBuffer().getNumBanks() == 1
                && (elements == w * h || elements == w * h * raster.getNumDataElements());
        switch (packed ? image.getType() : BufferedImage.TYPE_CUSTOM) {
            case BufferedImage.TYPE_INT_RGB:
            case BufferedImage.TYPE_INT_ARGB:
            case BufferedImage.TYPE_INT_ARGB_PRE: {
                int[] data = ((DataBufferInt) raster.getDataBuffer()).getData();
                for (int i = 0; i < w * h; i++) {
                    int p = data[i];
                    out[i] = (byte) grey(p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF);
                }
                break;
            }
            case BufferedImage.TYPE_3BYTE_BGR: {
                byte[] data = ((DataBufferByte) raster.getDataBuffer()).getData();
                for (int i = 0, j = 0; i < w * h; i++, j += 3) {
                    out[i] = (byte) grey(data[j + 2] & 0xFF, data[j + 1] & 0xFF, data[j] & 0xFF);
                }
                break;
            }
            case BufferedImage.TYPE_BYTE_GRAY:
                System.arraycopy(((DataBufferByte) raster.getDataBuffer()).getData(), 0, out, 0, w * h);
                break;
            default: {
                int[] row = new int[w];
                for (int y = 0; y < h; y++) {
                    image.getRGB(0, y, w, 1, row, 0, w);
                    for (int x = 0; x < w; x++) {
                        int p = row[x];
                        out[y * w + x] = (byte) grey(p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF);
                    }
                }
            }
        }
        return new Luma(w, h, out);
    }

    /** ZXing's own weights (RGBLuminanceSource), so both paths see the same grey. */
    private static int grey(int r, int g, int b) {
        return (r + 2 * g + b) / 4;
    }
}
