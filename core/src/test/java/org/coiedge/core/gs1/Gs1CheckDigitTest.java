package org.coiedge.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
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

    @Property
    void theComputedCheckDigitIsTheOnlyValidOne(
            @ForAll @StringLength(min = 1, max = 30) @CharRange(from = '0', to = '9') String digits,
            @ForAll @IntRange(min = 0, max = 9) int other) {
        char check = Gs1CheckDigit.compute(digits);
        assertThat(Gs1CheckDigit.isValid(digits + check)).isTrue();
        char wrong = (char) ('0' + other);
        assertThat(Gs1CheckDigit.isValid(digits + wrong)).isEqualTo(wrong == check);
    }
}
