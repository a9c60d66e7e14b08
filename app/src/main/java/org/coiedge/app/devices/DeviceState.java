package org.coiedge.app.devices;

import java.time.Instant;
import java.util.Objects;

/**
 * One device's condition for the status bar and the administrator screens.
 *
 * @param id      stable id, e.g. {@code printer:bag} or {@code serial:/dev/ttyUSB0}
 * @param kind    what sort of device
 * @param name    what people call it, e.g. {@code ZD621 at 10.0.0.5:9100}
 * @param health  how it is
 * @param message what is wrong and what to do, or what it is doing; never a stack trace
 * @param at      when this was learned
 */
public record DeviceState(String id, Kind kind, String name, DeviceHealth health, String message, Instant at) {
    /** What sort of device. */
    public enum Kind { PRINTER, SCANNER, CAMERA }

    public DeviceState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(at, "at");
    }
}
