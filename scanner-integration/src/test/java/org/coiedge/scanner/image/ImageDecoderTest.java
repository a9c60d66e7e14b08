package org.coiedge.scanner.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.scanner.image.corpus.Symbols;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {
    private final ImageDecoder decoder = new ImageDecoder();

    @Test
    void isbtCode128ReadsWithItsAimIdentifierAndCorners() throws Exception {
        List<DecodedSymbol> symbols = decoder.decode(Symbols.render(BarcodeFormat.CODE_128, "=A99992612345600", 600, 150));

        assertThat(symbols).hasSize(1);
        assertThat(symbols.get(0).format()).isEqualTo("CODE_128");
        assertThat(symbols.get(0).text()).isEqualTo("]C0=A99992612345600");
        assertThat(symbols.get(0).corners()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void code128WhoseCheckCharacterHasFnc1sValueGainsNoGroupSeparator() throws Exception {
        // Its mod-103 check character is 102, which ZXing alone turns into a trailing GS.
        List<DecodedSymbol> symbols = decoder.decode(Symbols.render(BarcodeFormat.CODE_128, "=A99992422767700", 600, 150));

        assertThat(symbols).extracting(DecodedSymbol::text).containsExactly("]C0=A99992422767700");
    }

    @Test
    void code128TurnedAtAnyAngleReadsWithItsEndPoints() throws Exception {
        BufferedImage bars = Symbols.render(BarcodeFormat.CODE_128, "=A99992612345600", 400, 100);
        for (int degrees : new int[] {17, 90, 143, 200, 301}) {
            BufferedImage frame = new BufferedImage(640, 640, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = frame.createGraphics();
            g.setColor(java.awt.Color.GRAY);
            g.fillRect(0, 0, 640, 640);
            g.rotate(Math.toRadians(degrees), 320, 320);
            g.drawImage(bars, 320 - bars.getWidth() / 2, 320 - bars.getHeight() / 2, null);
            g.dispose();

            List<DecodedSymbol> symbols = decoder.decode(frame);

            assertThat(symbols).as(degrees + " degrees").extracting(DecodedSymbol::text).containsExactly("]C0=A99992612345600");
            for (DecodedSymbol.Point p : symbols.get(0).corners()) {
                assertThat(Math.hypot(p.x() - 320, p.y() - 320)).as("end point near the symbol").isLessThan(220);
            }
        }
    }

    @Test
    void isbtDataMatrixReadsAndParsesAsIsbt128() throws Exception {
        String cm = "=+04000=/A9997XYZ100T0479=A99991712345600=,000012=>019031";
        List<DecodedSymbol> symbols = decoder.decode(Symbols.render(BarcodeFormat.DATA_MATRIX, cm, 300, 300));

        assertThat(symbols).extracting(DecodedSymbol::format, DecodedSymbol::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DATA_MATRIX", "]d1" + cm));
        assertThat(ScanParser.standard().decode(symbols.get(0).text())).isInstanceOf(DecodedScan.Isbt128.class);
    }

    @Test
    void gs1Code128KeepsItsSeparatorAndParsesAsGs1() throws Exception {
        String contents = Symbols.FNC1 + "0109501101020917" + "10ABC" + Symbols.FNC1 + "17271231";
        List<DecodedSymbol> symbols = decoder.decode(Symbols.render(BarcodeFormat.CODE_128, contents, 800, 150));

        assertThat(symbols).hasSize(1);
        assertThat(symbols.get(0).text()).isEqualTo("]C10109501101020917" + "10ABC\u001D17271231");
        assertThat(ScanParser.standard().decode(symbols.get(0).text())).isInstanceOf(DecodedScan.Gs1.class);
    }

    @Test
    void gs1DataMatrixIsAnnouncedAsGs1() throws Exception {
        BufferedImage img = Symbols.render(BarcodeFormat.DATA_MATRIX, "0109501101020917" + "10ABC\u001D17271231", 300, 300,
                Map.of(EncodeHintType.GS1_FORMAT, true, EncodeHintType.DATA_MATRIX_COMPACT, true, EncodeHintType.MARGIN, 10));
        List<DecodedSymbol> symbols = decoder.decode(img);

        assertThat(symbols).hasSize(1);
        assertThat(symbols.get(0).text()).startsWith("]d2").contains("10ABC\u001D17");
        assertThat(ScanParser.standard().decode(symbols.get(0).text())).isInstanceOf(DecodedScan.Gs1.class);
    }

    @Test
    void qrCodeReads() throws Exception {
        List<DecodedSymbol> symbols = decoder.decode(Symbols.render(BarcodeFormat.QR_CODE, "COI A9999 test", 300, 300));

        assertThat(symbols).extracting(DecodedSymbol::text).containsExactly("]Q1COI A9999 test");
    }

    @Test
    void labelWithTwoSymbolsGivesBoth() throws Exception {
        BufferedImage label = Symbols.label(
                Symbols.render(BarcodeFormat.CODE_128, "=A99992612345600", 600, 150),
                Symbols.render(BarcodeFormat.DATA_MATRIX, "=<E0001V00", 200, 200));

        assertThat(decoder.decode(label)).extracting(DecodedSymbol::text)
                .containsExactlyInAnyOrder("]C0=A99992612345600", "]d1=<E0001V00");
    }

    @Test
    void blankImageHasNoSymbols() {
        BufferedImage white = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        white.getGraphics().fillRect(0, 0, 640, 480);

        assertThat(decoder.decode(white)).isEmpty();
    }
}
