package org.coiedge.core.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's signature on an event, as shown on screen and in every export: who, their printed
 * name, what the signature means and when it was made.
 */
public record Signature(String staffId, String printedName, SignatureMeaning meaning, Instant signedAt) {
    public Signature {
        Text.requireNonBlank(staffId, "staff id");
        Text.requireNonBlank(printedName, "printed name");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
