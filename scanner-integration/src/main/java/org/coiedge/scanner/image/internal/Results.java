package org.coiedge.scanner.image.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;

/** Repairs to what ZXing returns, in one place. */
public final class Results {
    private static final int CODE_128_FNC1 = 102;

    private Results() {
    }

    /**
     * The text of a result, AIM identifier first. ZXing 3.5.4 with {@code ASSUME_GS1} turns a Code
     * 128 check character of value 102 (FNC1's) into a trailing GS, so about one symbol in a
     * hundred (the DIN {@code =A99992422767700}, for one) gained a GS it does not hold; it is
     * removed here.
     */
    public static String text(Result r) {
        String text = r.getText();
        byte[] raw = r.getRawBytes();
        if (r.getBarcodeFormat() == BarcodeFormat.CODE_128 && raw != null && raw.length >= 3
                && raw[raw.length - 2] == CODE_128_FNC1 && text.endsWith("\u001D")) {
            text = text.substring(0, text.length() - 1);
        }
        Object aim = r.getResultMetadata() == null ? null : r.getResultMetadata().get(ResultMetadataType.SYMBOLOGY_IDENTIFIER);
        // With ASSUME_GS1, ZXing already puts ]C1 in front of GS1-128 data; add the identifier otherwise.
        return aim != null && !text.startsWith(aim.toString()) ? aim + text : text;
    }
}
