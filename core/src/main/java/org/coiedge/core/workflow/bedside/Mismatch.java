package org.coiedge.core.workflow.bedside;

import java.util.Objects;

/**
 * One failed bedside check, in plain words for the hard-stop screen.
 *
 * @param rule     which check failed
 * @param expected what it should have been (e.g. the patient's COI)
 * @param found    what was found (e.g. the bag's COI)
 * @param message  one sentence for the nurse: what did not match
 */
public record Mismatch(BedsideRule rule, String expected, String found, String message) {
    public Mismatch {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(message, "message");
    }
}
