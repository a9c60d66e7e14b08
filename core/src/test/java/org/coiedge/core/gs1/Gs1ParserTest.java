package org.coiedge.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coiedge.core.gs1.Gs1Fixtures.GLN;
import static org.coiedge.core.gs1.Gs1Fixtures.GS;
import static org.coiedge.core.gs1.Gs1Fixtures.GSRN;
import static org.coiedge.core.gs1.Gs1Fixtures.GTIN;
import static org.coiedge.core.gs1.Gs1Fixtures.SSCC;
import static org.coiedge.core.gs1.Gs1Fixtures.parse;

import org.coiedge.core.codec.ScanDecodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gs1ParserTest {

    @Test
    void gs1ExampleProductLabelIsReadInOrderWithPositionsInTheWholeInput() throws ScanDecodeException {
        // As after "]d2": offset 3, so the first AI is at position 4.
        Gs1ElementString s = parse("01" + GTIN + "17261231" + "10ABC123", 3);

        assertThat(s.elements()).containsExactly(
                new Gs1Element("01", GTIN, 4),
                new Gs1Element("17", "261231", 20),
                new Gs1Element("10", "ABC123", 28));
    }

    @Test
    void patientWristbandWithGsrnAndSrinIsRead() throws ScanDecodeException {
        Gs1ElementString s = parse("8018" + GSRN + GS + "80191234567890");

        assertThat(s.find("8018")).contains(new Gs1Element("8018", GSRN, 1));
        assertThat(s.find("8019")).contains(new Gs1Element("8019", "1234567890", 24));
    }

    @Test
    void fixedLengthElementNeedsNoSeparatorButAcceptsOne() throws ScanDecodeException {
        Gs1ElementString without = parse("8018" + GSRN + "8019" + "42");
        Gs1ElementString with = parse("8018" + GSRN + GS + "8019" + "42");

        assertThat(without.find("8019").orElseThrow().value()).isEqualTo("42");
        assertThat(with.find("8019").orElseThrow().value()).isEqualTo("42");
    }

    @Test
    void leadingGsIsSkippedAndCountsForPositions() throws ScanDecodeException {
        Gs1ElementString s = parse(GS + "00" + SSCC, 3);

        assertThat(s.elements()).containsExactly(new Gs1Element("00", SSCC, 5));
    }

    @Test
    void trailingGsIsTolerated() throws ScanDecodeException {
        Gs1ElementString s = parse("10LOT7" + GS + "21SN1" + GS);

        assertThat(s.toBracketed()).isEqualTo("(10)LOT7(21)SN1");
    }

    @Test
    void variableLengthElementAtItsMaximumLengthIsAccepted() throws ScanDecodeException {
        String twenty = "ABCDEFGHIJ0123456789";

        assertThat(parse("10" + twenty + GS + "21X").find("10").orElseThrow().value()).isEqualTo(twenty);
    }

    @Test
    void sameAiTwiceWithTheSameValueIsKeptOnceAtItsFirstPosition() throws ScanDecodeException {
        Gs1ElementString s = parse("10LOT7" + GS + "01" + GTIN + "10LOT7");

        assertThat(s.elements()).containsExactly(new Gs1Element("10", "LOT7", 1), new Gs1Element("01", GTIN, 8));
    }

    @Test
    void everyCharacterOfSet82IsAcceptedInAnAlphanumericValue() throws ScanDecodeException {
        String symbols = "!\"%&'()*+,-./:;<=>?_";

        assertThat(parse("21" + symbols + GS + "240azAZ09").find("21").orElseThrow().value()).isEqualTo(symbols);
    }

    @ParameterizedTest(name = "({0}) {1}")
    @CsvSource({
        "00, " + SSCC,
        "01, " + GTIN,
        "02, " + GTIN,
        "10, LOT-2025/A",
        "11, 250601",
        "13, 250600",
        "15, 251231",
        "16, 260228",
        "17, 261231",
        "21, SN:0001",
        "37, 12345678",
        "240, CAR-T/12345",
        "400, PO 4711-X",
        "414, " + GLN,
        "7003, 2612312359",
        "7240, NCT01234567",
        "8004, 9506000ASSET-42",
        "8017, " + GSRN,
        "8018, " + GSRN,
        "8019, 1",
    })
    void everySupportedAiIsReadAloneAndBeforeAnotherElement(String ai, String value) throws ScanDecodeException {
        String v = value.replace(' ', '_');

        assertThat(parse(ai + v).elements()).containsExactly(new Gs1Element(ai, v, 1));
        String next = ai.equals("21") ? "10" : "21";
        Gs1ElementString two = parse(ai + v + GS + next + "Z");
        assertThat(two.elements())
                .containsExactly(new Gs1Element(ai, v, 1), new Gs1Element(next, "Z", ai.length() + v.length() + 2));
    }

    @Test
    void expiryDateAndTimeReadsAsLocalDateTime() throws ScanDecodeException {
        Gs1Element e = parse("70032612310930").elements().get(0);

        assertThat(e.dateTime(Gs1Fixtures.JUNE_2025)).hasToString("2026-12-31T09:30");
        assertThat(e.date(Gs1Fixtures.JUNE_2025)).hasToString("2026-12-31");
    }
}
