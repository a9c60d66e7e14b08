package org.coiedge.scanner.image.internal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.datamatrix.DataMatrixReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a Data Matrix (or QR) symbol in a candidate region: ZXing's detectors look for one symbol
 * near the middle of what they are given, so each gets a crop of just the region and its quiet
 * zone. Tried in turn until one reads, cheapest first: the crop as it is (Data Matrix, then QR,
 * whose finder patterns cope with any angle); then, for Data Matrix only, the crop resampled square
 * to the module grid; that enlarged twice when the region is small (modules of one or two pixels);
 * smoothed (sensor noise); with one global threshold; turned a little either way (perspective).
 * Stateless and thread-safe.
 */
public final class MatrixReader {
    /** Quiet zone added around the region, frame pixels. */
    private static final int MARGIN = 12;
    /** Regions narrower than this are enlarged before detection. */
    private static final int SMALL = 120;
    /** Last resort: the grid angle give or take this much (radians), for strong perspective. */
    private static final double[] NUDGES = {Math.toRadians(8), Math.toRadians(-8)};

    private MatrixReader() {
    }

    /** The symbol with its points in frame pixels, or null. */
    public static Result read(Luma luma, Candidate c, Map<DecodeHintType, ?> hints) {
        int[] box = c.grown(MARGIN, luma.width(), luma.height());
        Luma crop = luma.crop(box[0], box[1], box[2], box[3]);
        Result r = attempt(new BinaryBitmap(new HybridBinarizer(crop.source())), hints, true);
        if (r != null) {
            return toFrame(r, box, 1, 0);
        }
        // ZXing's Data Matrix detector loses symbols turned by more than about ten degrees, and
        // misjudges some sheared by perspective; resampled square to the grid, most read.
        double angle = crop.gridAngle();
        Luma base = luma.turned(box[0] + box[2] / 2f, box[1] + box[3] / 2f, angle, box[2], box[3]);
        boolean small = Math.min(c.width(), c.height()) < SMALL;
        List<Supplier<Luma>> variants = List.of(() -> base, () -> small ? base.enlarged(2) : null, base::smoothed);
        for (Supplier<Luma> variant : variants) {
            Luma v = variant.get();
            if (v != null) {
                r = attempt(new BinaryBitmap(new HybridBinarizer(v.source())), hints, false);
                if (r != null) {
                    return toFrame(r, box, v.width() / base.width(), angle);
                }
            }
        }
        r = attempt(new BinaryBitmap(new GlobalHistogramBinarizer(base.source())), hints, false);
        for (int k = 0; r == null && k < NUDGES.length; k++) {
            r = attempt(new BinaryBitmap(new HybridBinarizer(luma.turned(box[0] + box[2] / 2f, box[1] + box[3] / 2f, angle + NUDGES[k],
                    box[2], box[3]).source())), hints, false);
            if (r != null) {
                return toFrame(r, box, 1, angle + NUDGES[k]);
            }
        }
        return r == null ? null : toFrame(r, box, 1, angle);
    }

    private static Result attempt(BinaryBitmap bitmap, Map<DecodeHintType, ?> hints, boolean qr) {
        try {
            return new DataMatrixReader().decode(bitmap, hints);
        } catch (ReaderException | RuntimeException e) {
            // Not a Data Matrix (or not readable in this variant).
        }
        if (qr) {
            try {
                return new QRCodeReader().decode(bitmap, hints);
            } catch (ReaderException | RuntimeException e) {
                // Not a QR code either.
            }
        }
        return null;
    }

    /** The result with its points moved back from the (scaled, turned) crop to frame pixels. */
    private static Result toFrame(Result r, int[] box, int scale, double angle) {
        ResultPoint[] points = r.getResultPoints();
        ResultPoint[] moved = new ResultPoint[points == null ? 0 : points.length];
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        float cx = box[2] / 2f;
        float cy = box[3] / 2f;
        for (int i = 0; i < moved.length; i++) {
            if (points[i] != null) {
                float dx = points[i].getX() / scale - cx;
                float dy = points[i].getY() / scale - cy;
                moved[i] = new ResultPoint(box[0] + cx + dx * cos - dy * sin, box[1] + cy + dx * sin + dy * cos);
            }
        }
        Result out = new Result(r.getText(), r.getRawBytes(), moved, r.getBarcodeFormat());
        out.putAllMetadata(r.getResultMetadata());
        return out;
    }
}
