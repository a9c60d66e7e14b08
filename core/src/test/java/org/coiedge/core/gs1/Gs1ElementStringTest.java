package org.coiedge.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coiedge.core.gs1.Gs1Fixtures.GS;
import static org.coiedge.core.gs1.Gs1Fixtures.GSRN;
import static org.coiedge.core.gs1.Gs1Fixtures.GTIN;

import java.util.List;
import org.coiedge.core.codec.ScanDecodeException;
import org.junit.jupiter.api.Test;

class Gs1ElementStringTest {
    private static final Gs1ElementString PRODUCT = new Gs1ElementString(List.of(
            new Gs1Element("01", GTIN, 0),
            new Gs1Element("17", "261231", 0),
            new Gs1Element("10", "ABC123", 0),
            new Gs1Element("21", "SN1", 0)));

    @Test
    void bracketedFormPutsEachAiInParentheses() {
        assertThat(PRODUCT.toBracketed()).isEqualTo("(01)09506000134352(17)261231(10)ABC123(21)SN1");
    }

    @Test
    void scanDataSeparatesVariableLengthElementsButNotTheLastOne() {
        assertThat(PRODUCT.toScanData()).isEqualTo("01" + GTIN + "17261231" + "10ABC123" + GS + "21SN1");
    }

    @Test
    void scanDataSeparatesFixedLengthElementsOutsideThePredefinedLengthTable() {
        Gs1ElementString wristband = new Gs1ElementString(List.of(
                new Gs1Element("8018", GSRN, 0),
                new Gs1Element("7003", "2612312359", 0),
                new Gs1Element("8019", "7", 0)));

        assertThat(wristband.toScanData()).isEqualTo("8018" + GSRN + GS + "70032612312359" + GS + "80197");
    }

    @Test
    void scanDataReadsBackToTheSameElements() throws ScanDecodeException {
        Gs1ElementString again = Gs1Fixtures.parse(PRODUCT.toScanData(), 3);

        assertThat(again.toBracketed()).isEqualTo(PRODUCT.toBracketed());
        assertThat(again.elements()).extracting(Gs1Element::position).containsExactly(4, 20, 28, 37);
    }

    @Test
    void findAnswersTheElementOrNothing() {
        assertThat(PRODUCT.find("10")).map(Gs1Element::value).contains("ABC123");
        assertThat(PRODUCT.find("8018")).isEmpty();
    }

    @Test
    void anElementStringHasAtLeastOneElementAndEachAiOnce() {
        assertThatThrownBy(() -> new Gs1ElementString(List.of())).isInstanceOf(IllegalArgumentException.class);
        Gs1Element lot = new Gs1Element("10", "A", 0);
        assertThatThrownBy(() -> new Gs1ElementString(List.of(lot, lot))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elementsKeepTheirListImmutable() {
        assertThatThrownBy(() -> PRODUCT.elements().add(new Gs1Element("240", "X", 0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aHandBuiltElementMustBeValid() {
        assertThatThrownBy(() -> new Gs1Element("99", "X", 0)).hasMessageContaining("not supported");
        assertThatThrownBy(() -> new Gs1Element("01", "09506000134353", 0)).hasMessageContaining("expected 2");
        assertThatThrownBy(() -> new Gs1Element("10", "A" + GS + "B", 0)).hasMessageContaining("GS separator");
        assertThatThrownBy(() -> new Gs1Element("10", "", 0)).hasMessageContaining("empty");
        assertThatThrownBy(() -> new Gs1Element("17", "261331", 0)).hasMessageContaining("month 13");
        assertThatThrownBy(() -> new Gs1Element("10", "A", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHandBuiltElementReadsYearsAs2000To2099() {
        assertThat(new Gs1Element("17", "000229", 0).value()).isEqualTo("000229");
        assertThatThrownBy(() -> new Gs1Element("17", "990229", 0)).hasMessageContaining("day 29");
    }
}
