package org.coiedge.printer.png;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.coiedge.printer.barcode.Code128Plan;
import org.coiedge.printer.barcode.DataMatrixSize;
import org.coiedge.printer.label.Code128Element;
import org.coiedge.printer.label.DataMatrixElement;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.LabelElement;
import org.coiedge.printer.label.Resolution;

/** Decodes every bar code of a preview image with ZXing, each from its own region of the image. */
final class PreviewDecoder {
    private PreviewDecoder() {
    }

    static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The linear symbols' texts, in layout order. */
    static List<String> linear(Label label, Resolution r, BufferedImage img) throws NotFoundException {
        List<String> out = new ArrayList<>();
        for (LabelElement e : label.elements()) {
            if (e instanceof Code128Element) {
                Code128Element b = (Code128Element) e;
                int w = (Code128Plan.of(b.data(), b.gs1()).modules() + 2 * Code128Element.QUIET_ZONE_MODULES) * r.code128ModuleDots();
                BufferedImage crop = img.getSubimage(r.dots(b.xMm()), r.dots(b.yMm()), w, r.dots(b.heightMm()));
                out.add(decode(crop, BarcodeFormat.CODE_128));
            }
        }
        return out;
    }

    /** The Data Matrix symbols' texts, in layout order. */
    static List<String> matrix(Label label, Resolution r, BufferedImage img) throws NotFoundException {
        List<String> out = new ArrayList<>();
        for (LabelElement e : label.elements()) {
            if (e instanceof DataMatrixElement) {
                DataMatrixElement d = (DataMatrixElement) e;
                int m = r.dataMatrixModuleDots(d.moduleMm());
                int side = (DataMatrixSize.modules(d.data()) + 2) * m;
                BufferedImage crop = img.getSubimage(r.dots(d.xMm()) - m, r.dots(d.yMm()) - m, side, side);
                out.add(decode(crop, BarcodeFormat.DATA_MATRIX));
            }
        }
        return out;
    }

    private static String decode(BufferedImage crop, BarcodeFormat format) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(crop)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format),
                DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
