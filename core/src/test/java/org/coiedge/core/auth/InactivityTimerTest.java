package org.coiedge.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InactivityTimerTest {
    private final Instant t0 = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void aSessionExpiresExactlyWhenTheTimeoutPassesWithoutActivity() {
        InactivityTimer timer = new InactivityTimer(Duration.ofMinutes(2));
        timer.activity(t0);
        assertThat(timer.expired(t0.plusSeconds(119))).isFalse();
        assertThat(timer.remaining(t0.plusSeconds(100))).isEqualTo(Duration.ofSeconds(20));
        assertThat(timer.expired(t0.plusSeconds(120))).isTrue();
    }

    @Test
    void activityPushesTheSignOutBackAndOlderActivityDoesNot() {
        InactivityTimer timer = new InactivityTimer(Duration.ofMinutes(2));
        timer.activity(t0);
        timer.activity(t0.plusSeconds(90));
        timer.activity(t0.plusSeconds(10));
        assertThat(timer.expired(t0.plusSeconds(150))).isFalse();
        assertThat(timer.expired(t0.plusSeconds(210))).isTrue();
    }

    @Test
    void nothingExpiresBeforeTheFirstActivityOrAfterAReset() {
        InactivityTimer timer = new InactivityTimer(Duration.ofSeconds(1));
        assertThat(timer.expired(t0)).isFalse();
        timer.activity(t0);
        timer.reset();
        assertThat(timer.expired(t0.plusSeconds(60))).isFalse();
    }
}
