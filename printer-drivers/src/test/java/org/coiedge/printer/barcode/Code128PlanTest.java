package org.coiedge.printer.barcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.oned.Code128Writer;
import java.util.Map;
import java.util.Random;
import org.coiedge.printer.barcode.Code128Plan.CodeSet;
import org.junit.jupiter.api.Test;

class Code128PlanTest {
    @Test
    void expiryDateTimeUsesSubsetBForTheDiAndSubsetCForTheTenDigits() {
        Code128Plan p = Code128Plan.of("&>0241551430");
        assertThat(p.runs()).containsExactly(new Code128Plan.Run(CodeSet.B, "&>"), new Code128Plan.Run(CodeSet.C, "0241551430"));
        assertThat(p.symbolCharacters()).isEqualTo(1 + 2 + 1 + 5 + 1);
    }

    @Test
    void allDigitDataStartsInSubsetC() {
        assertThat(Code128Plan.of("123456").runs()).containsExactly(new Code128Plan.Run(CodeSet.C, "123456"));
    }

    @Test
    void aShortDigitRunInTheMiddleStaysInSubsetB() {
        assertThat(Code128Plan.of("A12B").runs()).containsExactly(new Code128Plan.Run(CodeSet.B, "A12B"));
    }

    @Test
    void anOddDigitRunLeavesOneDigitInSubsetB() {
        Code128Plan p = Code128Plan.of("=A99992412345600X1");
        assertThat(p.runs()).extracting(Code128Plan.Run::set).containsExactly(CodeSet.B, CodeSet.C, CodeSet.B);
        assertThat(String.join("", p.runs().stream().map(Code128Plan.Run::text).toList())).isEqualTo("=A99992412345600X1");
    }

    @Test
    void aGs1PlanCountsFnc1AndMatchesZxingsWidth() {
        Code128Plan p = Code128Plan.of("00106141411234567897", true);
        assertThat(p.runs()).containsExactly(new Code128Plan.Run(CodeSet.C, "00106141411234567897"));
        int zxing = new Code128Writer().encode("\u00f100106141411234567897", BarcodeFormat.CODE_128, 0, 0,
                Map.of(EncodeHintType.CODE128_COMPACT, true, EncodeHintType.MARGIN, 0)).getWidth();
        assertThat(p.modules()).isEqualTo(zxing).isEqualTo((1 + 1 + 10 + 1) * 11 + 13);
    }

    @Test
    void nonPrintableOrEmptyDataIsRefused() {
        assertThatThrownBy(() -> Code128Plan.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Code128Plan.of("A\u001DB")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void planIsAsShortAsZxingsMinimalEncoderForRandomIsbtLikeData() {
        Random random = new Random(4242);
        String alphabet = "0123456789=&<>%*+/ABCDEFGHJKLMNPQRSTUVWXYZabc";
        Code128Writer writer = new Code128Writer();
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            int len = 1 + random.nextInt(30);
            for (int j = 0; j < len; j++) {
                // Digits are likelier, as in ISBT 128 data, so that runs of all lengths occur.
                s.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('0' + random.nextInt(10)));
            }
            Code128Plan plan = Code128Plan.of(s.toString());
            int zxing = writer.encode(s.toString(), BarcodeFormat.CODE_128, 0, 0,
                    Map.of(EncodeHintType.CODE128_COMPACT, true, EncodeHintType.MARGIN, 0)).getWidth();
            assertThat(plan.modules()).as("modules for %s", s).isEqualTo(zxing);
            assertThat(String.join("", plan.runs().stream().map(Code128Plan.Run::text).toList())).isEqualTo(s.toString());
        }
    }
}
