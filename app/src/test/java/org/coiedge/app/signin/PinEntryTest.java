package org.coiedge.app.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.coiedge.core.auth.PinHasher;
import org.junit.jupiter.api.Test;

class PinEntryTest {
    @Test
    void onlyDigitsUpToTheLongestPinAreKeptAndTakingThePinForgetsIt() {
        PinEntry e = new PinEntry();
        for (char c : "12a3-4".toCharArray()) {
            e.digit(c);
        }
        assertThat(e.length().get()).isEqualTo(4);
        assertThat(e.wellFormed()).isEqualTo(PinHasher.isWellFormed("1234"));
        e.backspace();
        assertThat(e.length().get()).isEqualTo(3);
        for (int i = 0; i < PinHasher.MAX_LENGTH + 3; i++) {
            e.digit('9');
        }
        assertThat(e.length().get()).isEqualTo(PinHasher.MAX_LENGTH);
        char[] taken = e.take();
        assertThat(new String(taken)).startsWith("123").hasSize(PinHasher.MAX_LENGTH);
        assertThat(e.length().get()).isZero();
        assertThat(e.wellFormed()).isFalse();
        e.backspace();
        assertThat(e.length().get()).isZero();
    }
}
