package org.coiedge.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class Gs1CheckDigitTest {

    @Test
    void gs1ExampleGtinHasCheckDigitTwo() {
        assertThat(Gs1CheckDigit.compute("0950600013435")).isEqualTo('2');
        assertThat(Gs1CheckDigit.isValid("09506000134352")).isTrue();
    }

    @Test
    void gs1ExampleSsccHasCheckDigitSeven() {
        assertThat(Gs1CheckDigit.compute("10614141123456789")).isEqualTo('7');
        assertThat(Gs1CheckDigit.isValid("106141411234567897")).isTrue();
    }

    @Test
    void gs1ExampleGlnIsValid() {
        assertThat(Gs1CheckDigit.isValid("0614141123452")).isTrue();
    }

    @Test
    void checkDigitZeroIsProducedWhenTheSumIsAMultipleOfTen() {
        // 3*5 + 5 = 20
        assertThat(Gs1CheckDigit.compute("55")).isEqualTo('0');
    }

    @Test
    void aChangedLastDigitIsInvalid() {
        assertThat(Gs1CheckDigit.isValid("09506000134353")).isFalse();
    }

    @Test
    void swappedNeighbouringDigitsAreDetected() {
        assertThat(Gs1CheckDigit.isValid("90506000134352")).isFalse();
    }

    @Test
    void nonDigitsShortInputAndEmptyInputAreNotValid() {
        assertThat(Gs1CheckDigit.isValid("0950600013435A")).isFalse();
        assertThat(Gs1CheckDigit.isValid("7")).isFalse();
        assertThat(Gs1CheckDigit.isValid("")).isFalse();
        assertThat(Gs1CheckDigit.isValid("０9506000134352")).isFalse();
    }

    @Test
    void computingOverNonDigitsIsAProgrammingError() {
        assertThatThrownBy(() -> Gs1CheckDigit.compute("12A4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gs1CheckDigit.compute("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theComputedCheckDigitIsTheOnlyValidOne() {
        java.util.Random r = new java.util.Random(8018);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + r.nextInt(30);
            for (int k = 0; k < n; k++) {
                b.append((char) ('0' + r.nextInt(10)));
            }
            String digits = b.toString();
            char check = Gs1CheckDigit.compute(digits);
            assertThat(Gs1CheckDigit.isValid(digits + check)).as(digits).isTrue();
            char wrong = (char) ('0' + r.nextInt(10));
            assertThat(Gs1CheckDigit.isValid(digits + wrong)).as(digits + wrong).isEqualTo(wrong == check);
        }
    }
}
