package org.coiedge.scanner.image.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One frame through the decoder: regions where a symbol was read last frame first, then the
 * regions {@link RegionLocator} finds, each tried as a linear symbol and/or a matrix one (the more
 * likely first, from how coherent its edges are). Only when nothing at all was read does a
 * whole-frame ZXing pass run (a symbol filling the picture has no background to stand out from).
 * Stateless and thread-safe.
 */
public final class Pipeline {
    /** Regions tried per frame at most, largest first: noise along a label's border can make dozens. */
    static final int MAX_REGIONS = 8;
    /** Regions smaller than this either way are specks. */
    static final int MIN_SIDE = 20;
    /** Edge coherence above which a region is tried as a linear symbol first. */
    static final double LINEAR_FIRST = 0.5;
    /** Edge coherence below which a region is not tried as a linear symbol at all. */
    static final double LINEAR_NEVER = 0.25;

    static final Map<DecodeHintType, Object> HINTS = Collections.unmodifiableMap(hints());

    /** A symbol read and the region it was read in (for the next frame). */
    public record Found(Result result, String text, Candidate region) {
    }

    private Pipeline() {
    }

    /** Every distinct symbol (by format and text) in the frame. */
    public static List<Found> run(Luma luma, List<Candidate> remembered) {
        Map<String, Found> found = new LinkedHashMap<>();
        List<Candidate> tried = new ArrayList<>();
        for (Candidate c : remembered) {
            if (c.right() > luma.width() || c.bottom() > luma.height()) {
                continue;
            }
            read(luma, c, found);
            tried.add(c);
        }
        int count = 0;
        for (Candidate c : RegionLocator.locate(luma)) {
            if (count >= MAX_REGIONS) {
                break;
            }
            if (c.width() < MIN_SIDE || c.height() < MIN_SIDE || coveredBy(c, tried)) {
                continue;
            }
            count++;
            read(luma, c, found);
        }
        if (found.isEmpty()) {
            wholeFrame(luma, found);
        }
        return new ArrayList<>(found.values());
    }

    private static void read(Luma luma, Candidate c, Map<String, Found> found) {
        Result r = null;
        if (c.coherence() >= LINEAR_FIRST) {
            r = linear(luma, c);
        }
        if (r == null) {
            r = MatrixReader.read(luma, c, HINTS);
        }
        if (r == null && c.coherence() >= LINEAR_NEVER && c.coherence() < LINEAR_FIRST) {
            r = linear(luma, c);
        }
        if (r != null) {
            String text = Results.text(r);
            found.putIfAbsent(r.getBarcodeFormat() + "\u0000" + text, new Found(r, text, c));
        }
    }

    /** Plain sampling, then twice as fine (thin bars), then with short strips (bars fanned out by perspective). */
    private static Result linear(Luma luma, Candidate c) {
        Result r = LinearReader.read(luma, c, 1f, 0, HINTS);
        if (r == null) {
            r = LinearReader.read(luma, c, 2f, 0, HINTS);
        }
        if (r == null) {
            r = LinearReader.read(luma, c, 2f, 3, HINTS);
        }
        return r;
    }

    private static boolean coveredBy(Candidate c, List<Candidate> others) {
        for (Candidate o : others) {
            int w = Math.min(c.right(), o.right()) - Math.max(c.left(), o.left());
            int h = Math.min(c.bottom(), o.bottom()) - Math.max(c.top(), o.top());
            if (w > 0 && h > 0 && (long) w * h > 0.5 * c.width() * c.height()) {
                return true;
            }
        }
        return false;
    }

    private static void wholeFrame(Luma luma, Map<String, Found> found) {
        try {
            Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(luma.source())), HINTS);
            String text = Results.text(r);
            Candidate whole = new Candidate(0, 0, luma.width(), luma.height(), 0, 0, 0, 0, luma.width(), 0, luma.height(),
                    0, 0, luma.width(), 0, luma.height());
            found.putIfAbsent(r.getBarcodeFormat() + "\u0000" + text, new Found(r, text, whole));
        } catch (ReaderException | RuntimeException e) {
            // Nothing anywhere.
        }
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, EnumSet.of(BarcodeFormat.CODE_128, BarcodeFormat.DATA_MATRIX, BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
        return hints;
    }
}
