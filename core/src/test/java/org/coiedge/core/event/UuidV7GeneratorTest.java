package org.coiedge.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {

    @Test
    void idsCarryVersion7TheRfcVariantAndTheClockMillisecond() {
        Instant t = Instant.parse("2025-03-09T07:30:00.123Z");
        UUID id = new UuidV7Generator(Clock.fixed(t, ZoneOffset.UTC), new Random(1)).next();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(UuidV7Generator.millisOf(id)).isEqualTo(t.toEpochMilli());
    }

    @Test
    void idsStrictlyIncreaseWhenTheClockStandsStillOrStepsBack() {
        AtomicLong millis = new AtomicLong(1_700_000_000_000L);
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return Instant.ofEpochMilli(millis.get()); }
        };
        UuidV7Generator gen = new UuidV7Generator(clock, new Random(7));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            if (i == 5_000) {
                millis.addAndGet(-60_000); // NTP steps the clock back a minute
            }
            ids.add(gen.next());
        }
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i).toString()).isGreaterThan(ids.get(i - 1).toString());
            assertThat(ids.get(i)).isGreaterThan(ids.get(i - 1));
        }
    }
}
