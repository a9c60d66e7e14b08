package org.coiedge.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Gs1AiTest {

    @ParameterizedTest
    @EnumSource(Gs1Ai.class)
    void everySupportedAiHasTheLengthGs1GivesItsPrefix(Gs1Ai ai) {
        assertThat(Gs1Ai.aiLengthForPrefix(Integer.parseInt(ai.code.substring(0, 2)))).isEqualTo(ai.code.length());
    }

    @ParameterizedTest
    @EnumSource(Gs1Ai.class)
    void checkDigitAndDateAisAreNumericAndFixedLength(Gs1Ai ai) {
        if (ai.checkDigit || ai.temporal != Gs1Ai.Temporal.NONE) {
            assertThat(ai.numeric).isTrue();
            assertThat(ai.fixedLength()).isTrue();
        }
    }

    @Test
    void onlyAisWithAPredefinedLengthPrefixGoWithoutSeparator() {
        assertThat(Arrays.stream(Gs1Ai.values()).filter(ai -> !ai.needsSeparator()).map(ai -> ai.code))
                .containsExactlyInAnyOrder("00", "01", "02", "11", "13", "15", "16", "17", "414");
    }

    @Test
    void aVariableLengthAiNeverHasAPredefinedLength() {
        assertThat(Arrays.stream(Gs1Ai.values()).filter(ai -> !ai.fixedLength())).allMatch(Gs1Ai::needsSeparator);
    }
}
