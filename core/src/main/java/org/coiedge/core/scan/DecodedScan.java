package org.coiedge.core.scan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.gs1.Gs1ElementString;
import org.coiedge.core.isbt128.Isbt128Structure;

/** What one scan decoded to. {@link #input()} is exactly what the scanner delivered. */
public sealed interface DecodedScan permits DecodedScan.Isbt128, DecodedScan.Gs1, DecodedScan.Text {
    String input();

    Optional<SymbologyIdentifier> symbology();

    Scheme scheme();

    /** One ISBT 128 structure, a concatenated pair, or one compound message. */
    record Isbt128(String input, Optional<SymbologyIdentifier> symbology, List<Isbt128Structure> structures)
            implements DecodedScan {
        public Isbt128 {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(symbology, "symbology");
            structures = List.copyOf(structures);
        }

        @Override
        public Scheme scheme() {
            return Scheme.ISBT128;
        }
    }

    /** A GS1 element string. */
    record Gs1(String input, Optional<SymbologyIdentifier> symbology, Gs1ElementString elements) implements DecodedScan {
        public Gs1 {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(symbology, "symbology");
            Objects.requireNonNull(elements, "elements");
        }

        @Override
        public Scheme scheme() {
            return Scheme.GS1;
        }
    }

    /** Plain text: neither ISBT 128 nor GS1. {@code text} is the data without symbology identifier or terminator. */
    record Text(String input, Optional<SymbologyIdentifier> symbology, String text) implements DecodedScan {
        public Text {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(symbology, "symbology");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public Scheme scheme() {
            return Scheme.TEXT;
        }
    }
}
