package org.coiedge.scanner.image;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.datamatrix.DataMatrixReader;
import java.util.Map;

/**
 * ZXing's Data Matrix detector looks for one symbol near the middle of the image and misses a
 * small one beside a Code 128 on a full label. Searching overlapping tiles, each small enough
 * that the symbol dominates it, finds it.
 */
final class TileSearch {
    /** Tile sizes tried in turn: labels held close, then small symbols; each tile overlaps its neighbours by half. */
    static final int[] TILES = {320, 192};

    private TileSearch() {
    }

    /** Adds the first Data Matrix found in any tile to {@code found} (keyed by format and text). */
    static void dataMatrix(LuminanceSource frame, Map<String, DecodedSymbol> found) {
        if (!frame.isCropSupported()) {
            return;
        }
        for (int tile : TILES) {
            if (search(frame, tile, found)) {
                return;
            }
        }
    }

    private static boolean search(LuminanceSource frame, int tile, Map<String, DecodedSymbol> found) {
        int stride = tile / 2;
        DataMatrixReader reader = new DataMatrixReader();
        int w = frame.getWidth();
        int h = frame.getHeight();
        for (int top = 0; top < Math.max(1, h - stride); top += stride) {
            for (int left = 0; left < Math.max(1, w - stride); left += stride) {
                int tw = Math.min(tile, w - left);
                int th = Math.min(tile, h - top);
                try {
                    Result r = reader.decode(new BinaryBitmap(new HybridBinarizer(frame.crop(left, top, tw, th))));
                    DecodedSymbol s = ImageDecoder.toSymbol(shift(r, left, top));
                    found.putIfAbsent(s.format() + '\u0000' + s.text(), s);
                    return true;
                } catch (ReaderException | RuntimeException e) {
                    // Nothing in this tile; try the next.
                }
            }
        }
        return false;
    }

    /** The result with its points moved from tile to frame coordinates. */
    private static Result shift(Result r, int dx, int dy) {
        ResultPoint[] points = r.getResultPoints();
        ResultPoint[] moved = new ResultPoint[points == null ? 0 : points.length];
        for (int i = 0; i < moved.length; i++) {
            moved[i] = points[i] == null ? null : new ResultPoint(points[i].getX() + dx, points[i].getY() + dy);
        }
        Result out = new Result(r.getText(), r.getRawBytes(), moved, r.getBarcodeFormat());
        out.putAllMetadata(r.getResultMetadata() == null ? Map.of() : r.getResultMetadata());
        return out;
    }
}
