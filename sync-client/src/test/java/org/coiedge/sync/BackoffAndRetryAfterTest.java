package org.coiedge.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.coiedge.sync.internal.RetryAfter;
import org.junit.jupiter.api.Test;

class BackoffAndRetryAfterTest {
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void eachWaitLiesInTheUpperHalfOfADoublingStepCappedAtTheMaximum() {
        Random random = new Random(20250601);
        for (int round = 0; round < 2000; round++) {
            int failures = 1 + random.nextInt(40);
            long step = Math.min(Duration.ofMinutes(5).toMillis(), 1000L << Math.min(failures - 1, 20));
            assertThat(backoff.delay(failures, random).toMillis()).as("after %d failures", failures)
                    .isBetween(step - step / 2, step);
        }
    }

    @Test
    void kiosksFailingTogetherDoNotAllRetryAtTheSameMoment() {
        Set<Duration> waits = new HashSet<>();
        for (int kiosk = 0; kiosk < 50; kiosk++) {
            waits.add(backoff.delay(6, new Random(kiosk)));
        }
        assertThat(waits).hasSizeGreaterThan(40);
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDateAgainstTheServersClock() {
        Instant serverNow = Instant.parse("2025-06-01T12:00:00Z");
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(serverNow.plusSeconds(90).atZone(ZoneOffset.UTC));

        assertThat(RetryAfter.parse("120", serverNow)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(date, serverNow)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Sun, 01 Jun 2025 11:00:00 GMT", serverNow)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", serverNow)).isNull();
        assertThat(RetryAfter.parse(null, serverNow)).isNull();
    }

    @Test
    void skewIsTheDeviceClockMinusTheServerClockAtTheMiddleOfTheRoundTrip() {
        Instant sent = Instant.parse("2025-06-01T12:00:00Z");
        ServerTime t = new ServerTime(Instant.parse("2025-06-01T12:05:00.100Z"), sent, sent.plusMillis(200));

        assertThat(t.skew()).isEqualTo(Duration.ofMinutes(-5));
    }

    @Test
    void aPinThatIsNotSha256Base64IsRefusedWithTheExpectedForm() {
        assertThatThrownBy(() -> new TlsSettings(Optional.empty(), List.of("sha1/abc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'sha256/' followed by 44 base64");
    }

    @Test
    void aCentralAddressMustBeHttpOrHttps() {
        assertThatThrownBy(() -> CentralConfig.of("ftp://central")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://");
    }
}
