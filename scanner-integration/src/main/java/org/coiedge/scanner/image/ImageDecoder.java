package org.coiedge.scanner.image;

import com.google.zxing.ResultPoint;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.coiedge.scanner.image.internal.Luma;
import org.coiedge.scanner.image.internal.Pipeline;

/**
 * Finds Code 128, Data Matrix and QR symbols (GS1 variants included) in one image, with ZXing.
 * Shared by {@code coi-edge scan-image} and the camera pipeline.
 *
 * <p>Plain ZXing reads one symbol near the middle of a frame and misses a small Data Matrix beside
 * a Code 128; this decoder first finds where symbols may be (regions of strong, alternating edges
 * on a half-size copy), then reads each region: a linear symbol along scan lines laid across its
 * bars at whatever angle they lie, averaged along the bars against noise; a matrix symbol from a
 * crop of its region, resampled square to its module grid when turned or sheared, enlarged when
 * its modules are tiny, smoothed when noisy. How each step was chosen, and what it reads, is in
 * the module's README ("Read rate today").
 *
 * <p>Thread-safe and stateless: every call stands alone. A camera should use a {@link #session()},
 * which looks first where it read symbols in the previous frame. Never throws for image content:
 * an image without symbols gives an empty list.
 */
public final class ImageDecoder {

    /** Every distinct symbol found, in the order found; empty if none. */
    public List<DecodedSymbol> decode(BufferedImage image) {
        return symbols(Pipeline.run(Luma.of(image), List.of()));
    }

    /** A decoder for consecutive frames of one camera; one thread at a time. */
    public FrameDecoder session() {
        return new FrameDecoder();
    }

    static List<DecodedSymbol> symbols(List<Pipeline.Found> found) {
        List<DecodedSymbol> out = new ArrayList<>(found.size());
        for (Pipeline.Found f : found) {
            List<DecodedSymbol.Point> corners = new ArrayList<>();
            ResultPoint[] points = f.result().getResultPoints();
            if (points != null) {
                for (ResultPoint p : points) {
                    if (p != null) {
                        corners.add(new DecodedSymbol.Point(p.getX(), p.getY()));
                    }
                }
            }
            out.add(new DecodedSymbol(f.result().getBarcodeFormat().name(), f.text(), corners));
        }
        return out;
    }
}
