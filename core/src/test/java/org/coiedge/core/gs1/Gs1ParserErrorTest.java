package org.coiedge.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coiedge.core.gs1.Gs1Fixtures.GS;
import static org.coiedge.core.gs1.Gs1Fixtures.GSRN;
import static org.coiedge.core.gs1.Gs1Fixtures.GTIN;

import java.util.stream.Stream;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class Gs1ParserErrorTest {

    static ScanDecodeException failure(String data, int offset) {
        try {
            Gs1Fixtures.parse(data, offset);
        } catch (ScanDecodeException e) {
            return e;
        }
        throw new AssertionError("expected a ScanDecodeException for " + data);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", GS, GS + GS})
    void noDataOrOnlySeparatorsIsEmptyInput(String data) {
        ScanDecodeException e = failure(data, 3);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.EMPTY_INPUT);
        assertThat(e.position()).isZero();
    }

    @Test
    void gsrnWithWrongCheckDigitIsRejectedWithExpectedDigit() {
        ScanDecodeException e = failure("8018950600000000000018", 3);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.GS1_CHECK_DIGIT_MISMATCH);
        assertThat(e.structure()).isEqualTo("GS1 (8018)");
        assertThat(e.position()).isEqualTo(3 + 22);
        assertThat(e.rule()).contains("check digit 8", "expected 9", "GSRN of the recipient (patient)");
    }

    @Test
    void gtinAndSsccWithWrongCheckDigitsAreRejected() {
        assertThat(failure("0109506000134353", 0).code()).isEqualTo(DecodeErrorCode.GS1_CHECK_DIGIT_MISMATCH);
        assertThat(failure("00106141411234567890", 0).code()).isEqualTo(DecodeErrorCode.GS1_CHECK_DIGIT_MISMATCH);
        assertThat(failure("4140614141123453", 0).code()).isEqualTo(DecodeErrorCode.GS1_CHECK_DIGIT_MISMATCH);
    }

    @Test
    void unsupportedAiIsNamedWithItsGs1LengthAndPosition() {
        ScanDecodeException e = failure("01" + GTIN + "4101234567890128", 3);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.GS1_UNKNOWN_AI);
        assertThat(e.structure()).isEqualTo("GS1 (410)");
        assertThat(e.position()).isEqualTo(3 + 17);
    }

    @Test
    void digitsThatStartNoGs1AiAreUnknownWithoutGuessingALength() {
        ScanDecodeException e = failure("0512345", 0);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.GS1_UNKNOWN_AI);
        assertThat(e.structure()).isEqualTo("GS1");
        assertThat(e.getMessage()).isEqualTo("GS1: no GS1 application identifier known to coi-edge starts with 05"
                + " - this is not GS1 data coi-edge can read (position 1)");
    }

    @Test
    void lettersWhereAnAiMustStartAreAFormatError() {
        ScanDecodeException e = failure("=A99992512345600", 3);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.INVALID_FORMAT);
        assertThat(e.position()).isEqualTo(4);
    }

    @Test
    void twoSeparatorsInARowLeaveAnAiMissing() {
        ScanDecodeException e = failure("10A" + GS + GS + "21B", 0);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.INVALID_FORMAT);
        assertThat(e.position()).isEqualTo(5);
        assertThat(e.rule()).contains("found a GS separator");
    }

    @Test
    void overlongBatchReportsTheProbablyMissingSeparator() {
        ScanDecodeException e = failure("10LOT0123456789" + "21SERIAL0123", 3);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.GS1_MISSING_SEPARATOR);
        assertThat(e.getMessage()).isEqualTo("GS1 (10): the batch/lot is longer than 20 characters"
                + " - a GS separator is probably missing (position 26)");
    }

    @Test
    void shortFixedLengthValueAtTheEndIsTruncated() {
        ScanDecodeException e = failure("01" + GTIN.substring(0, 10), 3);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.TRUNCATED);
        assertThat(e.position()).isEqualTo(3 + 13);
        assertThat(e.rule()).contains("after 10 of the 14 digits of the GTIN");
    }

    @Test
    void separatorInsideAFixedLengthValueIsTruncation() {
        ScanDecodeException e = failure("8018" + GSRN.substring(0, 5) + GS + "8019" + "1", 0);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.TRUNCATED);
        assertThat(e.position()).isEqualTo(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8", "80", "801", "01" + GTIN + "7"})
    void dataEndingInsideAnAiIsTruncated(String data) {
        assertThat(failure(data, 0).code()).isEqualTo(DecodeErrorCode.TRUNCATED);
    }

    @Test
    void aiWithNothingAfterItIsTruncated() {
        ScanDecodeException e = failure("01" + GTIN + "10", 0);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.TRUNCATED);
        assertThat(e.structure()).isEqualTo("GS1 (10)");
    }

    @Test
    void emptyVariableValueBeforeASeparatorIsInvalid() {
        ScanDecodeException e = failure("10" + GS + "21A", 0);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.GS1_INVALID_VALUE);
        assertThat(e.rule()).contains("batch/lot is empty");
    }

    @Test
    void lettersInANumericValueAreInvalid() {
        ScanDecodeException e = failure("80191234A", 3);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.GS1_INVALID_VALUE);
        assertThat(e.position()).isEqualTo(3 + 9);
        assertThat(e.rule()).contains("digits only", "'A'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10AB CD", "10AB#", "21x~", "240a@b", "10ab\\c"})
    void printableCharactersOutsideSet82AreInvalidValues(String data) {
        assertThat(failure(data, 0).code()).isEqualTo(DecodeErrorCode.GS1_INVALID_VALUE);
    }

    static Stream<Arguments> foreignCharacters() {
        return Stream.of(
                Arguments.of("10AB\u0000", 5),
                Arguments.of("10AB\r", 5),
                Arguments.of("10\u00C4", 3),
                Arguments.of("10AB\u007F", 5),
                Arguments.of("10\uD83D\uDE00", 3),
                Arguments.of("\u001E10A", 1));
    }

    @ParameterizedTest
    @MethodSource("foreignCharacters")
    void controlAndNonAsciiCharactersAreInvalidCharacters(String data, int index) {
        ScanDecodeException e = failure(data, 3);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.INVALID_CHARACTER);
        assertThat(e.position()).isEqualTo(3 + index);
    }

    @Test
    void sameAiWithDifferentValuesIsADuplicate() {
        ScanDecodeException e = failure("10LOT7" + GS + "10LOT8", 3);

        assertThat(e.code()).isEqualTo(DecodeErrorCode.GS1_DUPLICATE_AI);
        assertThat(e.structure()).isEqualTo("GS1 (10)");
        assertThat(e.position()).isEqualTo(3 + 8);
        assertThat(e.rule()).contains("'LOT7' at position 4", "'LOT8'");
    }
}
