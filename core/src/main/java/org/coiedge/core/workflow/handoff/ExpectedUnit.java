package org.coiedge.core.workflow.handoff;

import java.time.Instant;
import java.util.Objects;
import org.coiedge.core.isbt128.Din;

/** One unit a shipment should hold, and when it expires. */
public record ExpectedUnit(Din din, Instant expiresAt) {
    public ExpectedUnit {
        Objects.requireNonNull(din, "din");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
