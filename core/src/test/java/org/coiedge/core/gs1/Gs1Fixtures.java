package org.coiedge.core.gs1;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.coiedge.core.codec.ScanDecodeException;

/** Shared test data: a fixed clock and GS1 example identifiers whose check digits were computed by hand. */
final class Gs1Fixtures {
    static final String GS = "\u001D";
    /** 15 June 2025: the GS1 sliding window is 1976-2075. */
    static final Clock JUNE_2025 = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC);
    /** GS1's example GTIN (company prefix 9506000). */
    static final String GTIN = "09506000134352";
    /** GS1's example SSCC. */
    static final String SSCC = "106141411234567897";
    /** GS1's example GLN. */
    static final String GLN = "0614141123452";
    /** A GSRN under the GS1 example prefix 9506000: 95060000000000001, check digit 9. */
    static final String GSRN = "950600000000000019";

    private Gs1Fixtures() {
    }

    static Gs1ElementString parse(String data) throws ScanDecodeException {
        return Gs1Parser.parse(data, 0, JUNE_2025);
    }

    static Gs1ElementString parse(String data, int offset) throws ScanDecodeException {
        return Gs1Parser.parse(data, offset, JUNE_2025);
    }
}
