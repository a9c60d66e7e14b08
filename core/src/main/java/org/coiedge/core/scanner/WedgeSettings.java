package org.coiedge.core.scanner;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link KeyboardWedgeDetector} tells a scanner from a person.
 *
 * @param maxGap        longest pause between two keys of one scan (scanners type a key every few
 *                      milliseconds; people rarely twice within 40 ms, never for a whole label)
 * @param maxMeanGap    longest mean pause over a whole scan, terminator included
 * @param minLength     fewest characters (terminator excluded) a scan has
 * @param terminators   keys that end a scan (Enter by default)
 * @param substitutions replacements applied to a scan's text, longest key first: a wedge scanner
 *                      cannot type GS (0x1D) on every keyboard layout, so it is set to send e.g.
 *                      {@code "{GS}"} and the detector puts the real character back
 */
public record WedgeSettings(Duration maxGap, Duration maxMeanGap, int minLength, Set<Character> terminators,
        Map<String, String> substitutions) {
    public WedgeSettings {
        Objects.requireNonNull(maxGap, "maxGap");
        Objects.requireNonNull(maxMeanGap, "maxMeanGap");
        if (maxGap.isNegative() || maxGap.isZero() || maxMeanGap.isNegative() || maxMeanGap.isZero()) {
            throw new IllegalArgumentException("gaps must be positive");
        }
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength must be at least 1: " + minLength);
        }
        terminators = Set.copyOf(terminators);
        if (terminators.isEmpty()) {
            throw new IllegalArgumentException("at least one terminator is needed");
        }
        substitutions = Map.copyOf(new LinkedHashMap<>(substitutions));
        if (substitutions.containsKey("")) {
            throw new IllegalArgumentException("a substitution needs a non-empty key");
        }
    }

    /** 40 ms per key at most, 25 ms on average, 4 characters at least, Enter (CR) ends, no substitutions. */
    public static WedgeSettings defaults() {
        return new WedgeSettings(Duration.ofMillis(40), Duration.ofMillis(25), 4, Set.of('\r'), Map.of());
    }

    public WedgeSettings withTerminators(Set<Character> newTerminators) {
        return new WedgeSettings(maxGap, maxMeanGap, minLength, newTerminators, substitutions);
    }

    public WedgeSettings withSubstitutions(Map<String, String> newSubstitutions) {
        return new WedgeSettings(maxGap, maxMeanGap, minLength, terminators, newSubstitutions);
    }

    public WedgeSettings withMinLength(int newMinLength) {
        return new WedgeSettings(maxGap, maxMeanGap, newMinLength, terminators, substitutions);
    }
}
