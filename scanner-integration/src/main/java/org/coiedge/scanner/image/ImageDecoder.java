package org.coiedge.scanner.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds Code 128, Data Matrix and QR symbols (GS1 variants included) in one image, with ZXing.
 * Shared by {@code coi-edge scan-image} and, later, the camera pipeline.
 *
 * <p>Tries the hybrid binarizer first and the global-histogram one for what it missed (they fail
 * on different lighting). Finding small Data Matrix symbols on a full label (regions, scales,
 * rotation) is begun: when the whole frame gives no Data Matrix, overlapping tiles are
 * searched for one ({@link TileSearch}). Thread-safe: every call makes its own readers.
 */
public final class ImageDecoder {
    private static final Map<DecodeHintType, Object> HINTS = hints();

    /** Every distinct symbol found, in the order found; empty if none. */
    public List<DecodedSymbol> decode(BufferedImage image) {
        LuminanceSource luminance = luminance(image);
        Map<String, DecodedSymbol> found = new LinkedHashMap<>();
        List<Function<LuminanceSource, Binarizer>> binarizers = List.of(HybridBinarizer::new, GlobalHistogramBinarizer::new);
        for (Function<LuminanceSource, Binarizer> binarizer : binarizers) {
            for (Result r : decodeAll(new BinaryBitmap(binarizer.apply(luminance)))) {
                DecodedSymbol symbol = toSymbol(r);
                found.putIfAbsent(symbol.format() + '\u0000' + symbol.text(), symbol);
            }
        }
        if (found.values().stream().noneMatch(sym -> sym.format().equals("DATA_MATRIX"))) {
            TileSearch.dataMatrix(luminance, found);
        }
        return new ArrayList<>(found.values());
    }

    private static Result[] decodeAll(BinaryBitmap bitmap) {
        GenericMultipleBarcodeReader reader = new GenericMultipleBarcodeReader(new MultiFormatReader());
        try {
            return reader.decodeMultiple(bitmap, HINTS);
        } catch (NotFoundException e) {
            return new Result[0];
        }
    }

    static DecodedSymbol toSymbol(Result r) {
        String text = r.getText();
        Object aim = r.getResultMetadata() == null ? null : r.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER);
        // With ASSUME_GS1, ZXing already puts ]C1 in front of GS1-128 data; add the identifier otherwise.
        if (aim != null && !text.startsWith(aim.toString())) {
            text = aim + text;
        }
        List<DecodedSymbol.Point> corners = new ArrayList<>();
        if (r.getResultPoints() != null) {
            for (ResultPoint p : r.getResultPoints()) {
                if (p != null) {
                    corners.add(new DecodedSymbol.Point(p.getX(), p.getY()));
                }
            }
        }
        return new DecodedSymbol(r.getBarcodeFormat().name(), text, corners);
    }

    private static LuminanceSource luminance(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        return new RGBLuminanceSource(w, h, pixels);
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, EnumSet.of(BarcodeFormat.CODE_128, BarcodeFormat.DATA_MATRIX, BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.ASSUME_GS1, Boolean.TRUE);
        return hints;
    }
}
