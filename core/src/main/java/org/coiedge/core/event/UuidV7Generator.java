package org.coiedge.core.event;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds from the injected clock, then a 12-bit
 * counter (RFC 9562 §6.2 method 1) and 62 random bits. Ids from one generator are strictly
 * increasing, also when the clock stands still or steps back (the last timestamp is reused and
 * the counter advances; when the counter runs out the timestamp is advanced by one millisecond).
 * Thread-safe.
 */
public final class UuidV7Generator {
    private final Clock clock;
    private final Random random;
    private long lastMillis = -1;
    private int counter;

    public UuidV7Generator(Clock clock) {
        this(clock, new SecureRandom());
    }

    public UuidV7Generator(Clock clock, Random random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    public synchronized UUID next() {
        long now = clock.millis();
        if (now > lastMillis) {
            lastMillis = now;
            counter = random.nextInt(1 << 11); // start low in the range so the counter has room
        } else if (counter < 0xFFF) {
            counter++;
        } else {
            lastMillis++;
            counter = 0;
        }
        long msb = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | counter;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The Unix millisecond timestamp inside a version 7 UUID. */
    public static long millisOf(UUID v7) {
        if (v7.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID: " + v7);
        }
        return v7.getMostSignificantBits() >>> 16;
    }
}
