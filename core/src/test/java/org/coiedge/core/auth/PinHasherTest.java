package org.coiedge.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PinHasherTest {
    private final PinHasher hasher = new PinHasher(1_000);

    @Test
    void theRightPinMatchesItsHashAndAWrongOneDoesNot() {
        PinHash h = hasher.hash("4711".toCharArray());
        assertThat(hasher.matches("4711".toCharArray(), h)).isTrue();
        assertThat(hasher.matches("4712".toCharArray(), h)).isFalse();
        assertThat(hasher.matches("47110".toCharArray(), h)).isFalse();
    }

    @Test
    void theSamePinHashedTwiceGetsDifferentSaltsAndHashes() {
        PinHash a = hasher.hash("2468".toCharArray());
        PinHash b = hasher.hash("2468".toCharArray());
        assertThat(a.salt()).isNotEqualTo(b.salt());
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    @Test
    void theStoredFormRoundTripsAndKeepsItsIterationsForChecking() {
        PinHash h = new PinHasher(2_000).hash("13579".toCharArray());
        String stored = h.encode();
        assertThat(stored).startsWith("pbkdf2-sha256$2000$").doesNotContain("13579");
        PinHash back = PinHash.parse(stored);
        assertThat(back).isEqualTo(h);
        // A hasher set to other iterations still checks with the stored count.
        assertThat(hasher.matches("13579".toCharArray(), back)).isTrue();
    }

    @Test
    void theDefaultIsAtLeastOwaspsRecommendation() {
        assertThat(PinHasher.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(210_000);
    }

    @Test
    void pinsAreFourToEightDigits() {
        assertThat(PinHasher.isWellFormed("1234")).isTrue();
        assertThat(PinHasher.isWellFormed("12345678")).isTrue();
        assertThat(PinHasher.isWellFormed("123")).isFalse();
        assertThat(PinHasher.isWellFormed("123456789")).isFalse();
        assertThat(PinHasher.isWellFormed("12a4")).isFalse();
        assertThatThrownBy(() -> hasher.hash("12".toCharArray())).hasMessageContaining("4 to 8 digits");
    }

    @Test
    void aMalformedStoredHashIsRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> PinHash.parse("md5$abc")).hasMessageContaining("pbkdf2-sha256$ITERATIONS$SALT$HASH");
    }
}
