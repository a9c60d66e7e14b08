package org.coiedge.printer.barcode;

import com.google.zxing.datamatrix.encoder.HighLevelEncoder;
import com.google.zxing.datamatrix.encoder.SymbolInfo;
import com.google.zxing.datamatrix.encoder.SymbolShapeHint;

/**
 * The size in modules of the square Data Matrix ECC 200 symbol for some data, as ZXing encodes
 * it. A printer's own encoder may choose differently; layouts leave room for one size larger.
 */
public final class DataMatrixSize {
    private DataMatrixSize() {
    }

    /** Modules per side of the smallest square symbol that holds {@code data}. */
    public static int modules(String data) {
        String codewords = HighLevelEncoder.encodeHighLevel(data, SymbolShapeHint.FORCE_SQUARE, null, null);
        SymbolInfo info = SymbolInfo.lookup(codewords.length(), SymbolShapeHint.FORCE_SQUARE, null, null, true);
        return info.getSymbolWidth();
    }
}
