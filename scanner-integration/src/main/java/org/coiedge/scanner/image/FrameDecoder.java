package org.coiedge.scanner.image;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.coiedge.scanner.image.internal.Candidate;
import org.coiedge.scanner.image.internal.Luma;
import org.coiedge.scanner.image.internal.Pipeline;

/**
 * The image decoder for consecutive frames of one camera: a symbol's region in the last frame is
 * the first place it looks in the next, so a label held still stays read even when the region
 * search misses it in one frame (motion, a reflection). Results are the same kind as
 * {@link ImageDecoder#decode}'s. Not thread-safe: one decode thread owns it.
 */
public final class FrameDecoder {
    private List<Candidate> remembered = List.of();

    FrameDecoder() {
    }

    /** Every distinct symbol in this frame, in the order found; empty if none. */
    public List<DecodedSymbol> decode(BufferedImage frame) {
        List<Pipeline.Found> found = Pipeline.run(Luma.of(frame), remembered);
        List<Candidate> regions = new ArrayList<>(found.size());
        for (Pipeline.Found f : found) {
            if (f.region().cells() > 0) {
                regions.add(f.region());
            }
        }
        remembered = List.copyOf(regions);
        return ImageDecoder.symbols(found);
    }
}
