package org.coiedge.scanner.camera;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link CameraScanSource} paces itself. Immutable.
 *
 * @param minDecodeInterval decode at most one frame per this interval (frames in between are dropped: the latest wins)
 * @param repeatWindow      the same symbol seen again within this is not a new scan
 * @param pollInterval      how often the capture thread asks the camera for a new frame
 * @param reconnectMin      first pause before reopening a lost camera; doubled up to {@code reconnectMax}
 * @param reconnectMax      longest pause between reopen attempts
 * @param frameDump         the frame-dump debug option; {@link FrameDump#off()} unless a technician turns it on
 */
public record CameraSettings(Duration minDecodeInterval, Duration repeatWindow, Duration pollInterval,
        Duration reconnectMin, Duration reconnectMax, FrameDump frameDump) {
    public CameraSettings {
        Objects.requireNonNull(frameDump, "frameDump");
        Objects.requireNonNull(minDecodeInterval, "minDecodeInterval");
        Objects.requireNonNull(repeatWindow, "repeatWindow");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(reconnectMin, "reconnectMin");
        Objects.requireNonNull(reconnectMax, "reconnectMax");
        if (minDecodeInterval.isNegative() || repeatWindow.isNegative() || pollInterval.isNegative() || pollInterval.isZero()
                || reconnectMin.isNegative() || reconnectMin.isZero() || reconnectMax.compareTo(reconnectMin) < 0) {
            throw new IllegalArgumentException("camera intervals must be positive, reconnect min <= max");
        }
    }

    /** Settings without the frame dump. */
    public CameraSettings(Duration minDecodeInterval, Duration repeatWindow, Duration pollInterval, Duration reconnectMin,
            Duration reconnectMax) {
        this(minDecodeInterval, repeatWindow, pollInterval, reconnectMin, reconnectMax, FrameDump.off());
    }

    /** At most 10 decodes a second, repeats suppressed for 2 s, reconnect after 500 ms doubling to 5 s. */
    public static CameraSettings defaults() {
        return new CameraSettings(Duration.ofMillis(100), Duration.ofSeconds(2), Duration.ofMillis(5),
                Duration.ofMillis(500), Duration.ofSeconds(5));
    }

    public CameraSettings withRepeatWindow(Duration window) {
        return new CameraSettings(minDecodeInterval, window, pollInterval, reconnectMin, reconnectMax, frameDump);
    }

    public CameraSettings withDecodeInterval(Duration interval) {
        return new CameraSettings(interval, repeatWindow, pollInterval, reconnectMin, reconnectMax, frameDump);
    }

    public CameraSettings withReconnect(Duration min, Duration max) {
        return new CameraSettings(minDecodeInterval, repeatWindow, pollInterval, min, max, frameDump);
    }

    public CameraSettings withFrameDump(FrameDump dump) {
        return new CameraSettings(minDecodeInterval, repeatWindow, pollInterval, reconnectMin, reconnectMax, dump);
    }
}
