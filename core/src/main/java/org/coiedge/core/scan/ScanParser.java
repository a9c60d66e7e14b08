package org.coiedge.core.scan;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.gs1.Gs1Parser;
import org.coiedge.core.isbt128.CompoundMessageRegistry;
import org.coiedge.core.isbt128.Isbt128Parser;

/**
 * Turns exactly what a scanner delivered into trusted identifiers: strips trailing terminators
 * (CR, LF, TAB) and the AIM symbology identifier, then routes the data. {@code ]C1}, {@code ]d2},
 * {@code ]Q3}, {@code ]e0}, {@code ]J1}, or a leading GS (FNC1) without identifier, go to GS1; data
 * starting with an ISBT 128 data identifier character ({@code =} or {@code &}) goes to ISBT 128;
 * anything else is {@link Scheme#TEXT}.
 *
 * <p>Immutable and thread-safe. {@link #decode} throws nothing but {@link ScanDecodeException},
 * whatever it is given.
 */
public final class ScanParser {
    /** Longer input is refused before parsing: no label carries this much. */
    public static final int MAX_INPUT_LENGTH = 4096;
    private static final char GS = 0x1D;

    private final Isbt128Parser isbt;
    private final Clock clock;

    /**
     * @param registry compound message ids the site registered (for DS023 order checks)
     * @param clock    places GS1 two-digit years in the GS1 sliding window around the current year
     */
    public ScanParser(CompoundMessageRegistry registry, Clock clock) {
        this.isbt = new Isbt128Parser(Objects.requireNonNull(registry, "registry"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ScanParser(CompoundMessageRegistry registry) {
        this(registry, Clock.systemUTC());
    }

    /** A parser that knows no site-registered compound message ids, on the system clock. */
    public static ScanParser standard() {
        return new ScanParser(CompoundMessageRegistry.none());
    }

    /** Decodes one scan. */
    public DecodedScan decode(String input) throws ScanDecodeException {
        if (input == null || input.isEmpty()) {
            throw new ScanDecodeException(DecodeErrorCode.EMPTY_INPUT, "scan", 0, "the scan is empty - scan the label again");
        }
        if (input.length() > MAX_INPUT_LENGTH) {
            throw new ScanDecodeException(DecodeErrorCode.INPUT_TOO_LONG, "scan", MAX_INPUT_LENGTH + 1,
                    "the scan is longer than " + MAX_INPUT_LENGTH + " characters - this is not a label scan");
        }
        int end = input.length();
        while (end > 0 && (input.charAt(end - 1) == '\r' || input.charAt(end - 1) == '\n' || input.charAt(end - 1) == '\t')) {
            end--;
        }
        String body = input.substring(0, end);
        Optional<SymbologyIdentifier> symbology = readSymbology(body);
        int start = symbology.isPresent() ? SymbologyIdentifier.LENGTH : 0;
        String data = body.substring(start);
        if (data.isEmpty()) {
            throw new ScanDecodeException(DecodeErrorCode.EMPTY_INPUT, "scan", 0,
                    symbology.isPresent() ? "only a symbology identifier, no data" : "the scan holds only line endings");
        }
        if (symbology.map(SymbologyIdentifier::isGs1).orElse(false) || (symbology.isEmpty() && data.charAt(0) == GS)) {
            return new DecodedScan.Gs1(input, symbology, Gs1Parser.parse(data, start, clock));
        }
        boolean isbtData = data.charAt(0) == '=' || data.charAt(0) == '&';
        if (symbology.map(SymbologyIdentifier::isIsbtConcatenation).orElse(false) && !isbtData) {
            throw new ScanDecodeException(DecodeErrorCode.SYMBOLOGY_MISMATCH, "AIM", start + 1,
                    "]C4 announces ISBT 128 concatenation but the data does not start with '=' or '&'");
        }
        if (isbtData) {
            requireChars(data, start, 0x20, 0x7E, "ISBT 128");
            return new DecodedScan.Isbt128(input, symbology, isbt.parse(data, start));
        }
        requireChars(data, start, 0x20, Character.MAX_VALUE, "scan");
        return new DecodedScan.Text(input, symbology, data);
    }

    private static Optional<SymbologyIdentifier> readSymbology(String body) throws ScanDecodeException {
        if (body.isEmpty() || body.charAt(0) != ']') {
            return Optional.empty();
        }
        Optional<SymbologyIdentifier> id = SymbologyIdentifier.peek(body);
        if (id.isEmpty()) {
            int bad = body.length() < 2 || !SymbologyIdentifier.isSymbologyChar(body.charAt(1)) ? 2 : 3;
            throw new ScanDecodeException(DecodeErrorCode.INVALID_SYMBOLOGY_IDENTIFIER, "AIM", bad,
                    "']' must be followed by a symbology letter and a modifier (e.g. ]C0) - check the scanner's prefix setting");
        }
        return id;
    }

    private static void requireChars(String data, int offset, int min, int max, String structure)
            throws ScanDecodeException {
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c < min || c > max || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0xFFFD) {
                throw new ScanDecodeException(DecodeErrorCode.INVALID_CHARACTER, structure, offset + i + 1,
                        String.format("character U+%04X is not allowed here - the scanner may be misconfigured", (int) c));
            }
        }
    }
}
