package org.coiedge.core.gs1;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The elements of one GS1 scan, in the order they were read, each AI at most once.
 *
 * <p>The constructor refuses an empty list or the same AI twice with {@link IllegalArgumentException};
 * every {@link Gs1Element} is valid by construction. Immutable and safe to share between threads.
 */
public record Gs1ElementString(List<Gs1Element> elements) {
    public Gs1ElementString {
        elements = List.copyOf(elements);
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("a GS1 element string has at least one element");
        }
        Set<String> seen = new HashSet<>();
        for (Gs1Element e : elements) {
            if (!seen.add(e.ai())) {
                throw new IllegalArgumentException("GS1 AI (" + e.ai() + ") appears twice");
            }
        }
    }

    /** The element with application identifier {@code ai}, e.g. {@code find("8018")}. */
    public Optional<Gs1Element> find(String ai) {
        Objects.requireNonNull(ai, "ai");
        return elements.stream().filter(e -> e.ai().equals(ai)).findFirst();
    }

    /**
     * The element string as a scanner delivers it after the symbology identifier, without a leading
     * FNC1: each AI followed by its value, and GS after every element that GS1 requires to be
     * delimited when another follows. That is every element except those whose AI starts with a
     * predefined-length prefix (00-04, 11-20, 31-36, 41; General Specifications figure 7.8.5-2): so
     * every variable-length element, and also the fixed-length 7003, 8017 and 8018.
     * {@link Gs1Parser#parse} reads the result back to the same AIs and values.
     */
    public String toScanData() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            Gs1Element e = elements.get(i);
            sb.append(e.ai()).append(e.value());
            if (i < elements.size() - 1 && e.definition().needsSeparator()) {
                sb.append(Gs1Chars.GS);
            }
        }
        return sb.toString();
    }

    /**
     * Human-readable form with each AI in parentheses: {@code (01)09506000134352(17)261231(10)AB12}.
     * For display; a value may itself contain parentheses, so this form is not for parsing.
     */
    public String toBracketed() {
        StringBuilder sb = new StringBuilder();
        for (Gs1Element e : elements) {
            sb.append('(').append(e.ai()).append(')').append(e.value());
        }
        return sb.toString();
    }
}
