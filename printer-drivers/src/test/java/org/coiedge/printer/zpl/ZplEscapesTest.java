package org.coiedge.printer.zpl;

import static org.assertj.core.api.Assertions.assertThat;

import org.coiedge.printer.barcode.Code128Plan;
import org.junit.jupiter.api.Test;

class ZplEscapesTest {
    @Test
    void expiryDiIsWrittenWithTheLiteralGreaterThanInvocation() {
        assertThat(ZplEscapes.code128(Code128Plan.of("&>0241551430"))).isEqualTo(">:&>0>50241551430");
        assertThat(ZplEscapes.code128(Code128Plan.of("=>019031"))).isEqualTo(">:=>0>5019031");
    }

    @Test
    void caretAndTildeInCode128DataBecomeTheirInvocationCodes() {
        assertThat(ZplEscapes.code128(Code128Plan.of("a^b~c"))).isEqualTo(">:a><b>=c");
    }

    @Test
    void switchingBackToSubsetBIsExplicit() {
        assertThat(ZplEscapes.code128(Code128Plan.of("&/CHA999924A1B2C3"))).isEqualTo(">:&/CHA>5999924>6A1B2C3");
    }

    @Test
    void gs1SymbolsCarryFnc1RightAfterTheStartCode() {
        assertThat(ZplEscapes.code128(Code128Plan.of("00106141411234567897", true))).isEqualTo(">;>800106141411234567897");
    }

    @Test
    void textEscapesCaretTildeAndTheHexIndicatorButKeepsUnicode() {
        assertThat(ZplEscapes.text("a^b~c_d é")).isEqualTo("a_5Eb_7Ec_5Fd é");
    }

    @Test
    void dataMatrixDoublesItsEscapeCharacter() {
        assertThat(ZplEscapes.dataMatrix("=+01000_x")).isEqualTo("=+01000__x");
    }
}
