package org.coiedge.core.scan;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An AIM symbology identifier (ISO/IEC 15424) that a scanner put in front of the data:
 * {@code ]}, a symbology letter and a modifier, e.g. {@code ]C0} Code 128, {@code ]C4} Code 128
 * with ISBT 128 concatenation performed, {@code ]d1} Data Matrix, {@code ]C1}/{@code ]d2} GS1.
 */
public record SymbologyIdentifier(char symbology, char modifier) {
    public static final int LENGTH = 3;

    /** Identifiers whose data is a GS1 element string (FNC1 in first position). */
    private static final Set<String> GS1 = Set.of("]C1", "]d2", "]Q3", "]e0", "]J1");

    public SymbologyIdentifier {
        if (!isSymbologyChar(symbology) || !isModifierChar(modifier)) {
            throw new IllegalArgumentException("not an AIM symbology identifier: ]" + symbology + modifier);
        }
    }

    /**
     * The identifier at the start of {@code input}, if there is a well-formed one. Never throws:
     * the command line uses it to report the symbology even of scans that fail to decode.
     */
    public static Optional<SymbologyIdentifier> peek(String input) {
        if (input == null || input.length() < LENGTH || input.charAt(0) != ']'
                || !isSymbologyChar(input.charAt(1)) || !isModifierChar(input.charAt(2))) {
            return Optional.empty();
        }
        return Optional.of(new SymbologyIdentifier(input.charAt(1), input.charAt(2)));
    }

    static boolean isSymbologyChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isModifierChar(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    /** Whether this identifier announces GS1 data ({@code ]C1}, {@code ]d2}, {@code ]Q3}, {@code ]e0}, {@code ]J1}). */
    public boolean isGs1() {
        return GS1.contains(text());
    }

    /** Whether this is {@code ]C4}: Code 128 with ISBT 128 concatenation performed. */
    public boolean isIsbtConcatenation() {
        return symbology == 'C' && modifier == '4';
    }

    /** A short name of the symbology for people: "Code 128", "Data Matrix", ... */
    public String symbologyName() {
        switch (symbology) {
            case 'C': return "Code 128";
            case 'd': return "Data Matrix";
            case 'Q': return "QR Code";
            case 'e': return "GS1 DataBar";
            case 'J': return "DotCode";
            case 'A': return "Code 39";
            case 'E': return "EAN/UPC";
            case 'I': return "Interleaved 2 of 5";
            case 'L': return "PDF417";
            case 'z': return "Aztec";
            default: return "symbology ']" + symbology + "'";
        }
    }

    /** The three characters, e.g. {@code ]C0}. */
    public String text() {
        return "]" + symbology + modifier;
    }

    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymbologyIdentifier && ((SymbologyIdentifier) o).text().equals(text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbology, modifier);
    }
}
