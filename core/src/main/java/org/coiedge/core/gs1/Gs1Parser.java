package org.coiedge.core.gs1;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;

/**
 * Reads a GS1 element string as a scanner delivers it after the AIM symbology identifier
 * ({@code ]C1}, {@code ]d2}, {@code ]Q3}, {@code ]e0}) has been removed, with FNC1 transmitted as GS
 * (0x1D).
 *
 * <p>Each element is identified by its application identifier first; an AI coi-edge does not know
 * is refused ({@link DecodeErrorCode#GS1_UNKNOWN_AI}), never skipped or guessed at. A leading GS
 * (FNC1 in first position) is skipped and one trailing GS tolerated. Fixed-length values are read
 * by length, a GS after them is accepted; variable-length values run to the next GS or the end.
 * The same AI twice with the same value is kept once.
 *
 * <p>Failure contract: for any string whatsoever the parser returns a valid
 * {@link Gs1ElementString} or throws {@link ScanDecodeException} - nothing else. The exception names
 * the AI ({@code GS1 (8018)}, or {@code GS1} when no AI is known yet), the rule in plain words and
 * the 1-based position in the whole input, {@code offset + index + 1}. A {@code null} argument or a
 * negative offset is a programming error ({@link NullPointerException},
 * {@link IllegalArgumentException}). Stateless and safe from any thread.
 */
public final class Gs1Parser {
    private static final String STRUCTURE = "GS1";

    private final String data;
    private final int offset;
    private final int referenceYear;
    private int index;

    private Gs1Parser(String data, int offset, int referenceYear) {
        this.data = data;
        this.offset = offset;
        this.referenceYear = referenceYear;
    }

    /**
     * Parses {@code data} with two-digit years placed by the GS1 sliding window around the current
     * year of the system clock.
     *
     * @param data   scanner data after the AIM identifier
     * @param offset how many input characters precede {@code data} (e.g. 3 for {@code ]d2})
     */
    public static Gs1ElementString parse(String data, int offset) throws ScanDecodeException {
        return parse(data, offset, Clock.systemDefaultZone());
    }

    /** As {@link #parse(String, int)}, with the sliding window centred on the current year of {@code clock}. */
    public static Gs1ElementString parse(String data, int offset, Clock clock) throws ScanDecodeException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(clock, "clock");
        if (offset < 0 || offset > Integer.MAX_VALUE - 1 - data.length()) {
            throw new IllegalArgumentException("offset out of range: " + offset);
        }
        return new Gs1Parser(data, offset, LocalDate.now(clock).getYear()).elements();
    }

    private Gs1ElementString elements() throws ScanDecodeException {
        if (data.chars().allMatch(c -> c == Gs1Chars.GS)) {
            throw new ScanDecodeException(DecodeErrorCode.EMPTY_INPUT, STRUCTURE, 0, "the scan holds no GS1 data");
        }
        for (int i = 0; i < data.length(); i++) {
            if (Gs1Chars.isForeign(data.charAt(i))) {
                throw new ScanDecodeException(DecodeErrorCode.INVALID_CHARACTER, STRUCTURE, pos(i),
                        Gs1Chars.show(data.charAt(i)) + " never appears in GS1 data - check the scanner's settings");
            }
        }
        index = data.charAt(0) == Gs1Chars.GS ? 1 : 0;
        Map<String, Gs1Element> byAi = new LinkedHashMap<>();
        while (index < data.length()) {
            Gs1Element element = next();
            Gs1Element earlier = byAi.putIfAbsent(element.ai(), element);
            if (earlier != null && !earlier.value().equals(element.value())) {
                throw new ScanDecodeException(DecodeErrorCode.GS1_DUPLICATE_AI, "GS1 (" + element.ai() + ")",
                        element.position(), "AI (" + element.ai() + ") appears twice with different values: '"
                                + earlier.value() + "' at position " + earlier.position() + ", '" + element.value()
                                + "' here - the label contradicts itself");
            }
        }
        return new Gs1ElementString(new ArrayList<>(byAi.values()));
    }

    /** Reads the element starting at {@code index} and moves past it and its GS separator, if any. */
    private Gs1Element next() throws ScanDecodeException {
        int start = index;
        Gs1Ai ai = applicationIdentifier();
        int valueStart = start + ai.code.length();
        int valueEnd = ai.fixedLength() ? fixedEnd(ai, valueStart) : variableEnd(ai, valueStart);
        String value = data.substring(valueStart, valueEnd);
        Gs1Values.check(ai, value, pos(valueStart), referenceYear);
        index = valueEnd < data.length() && data.charAt(valueEnd) == Gs1Chars.GS ? valueEnd + 1 : valueEnd;
        return new Gs1Element(ai.code, value, pos(start));
    }

    private Gs1Ai applicationIdentifier() throws ScanDecodeException {
        requireAiDigit(index, 2);
        requireAiDigit(index + 1, 2);
        int prefix = (data.charAt(index) - '0') * 10 + (data.charAt(index + 1) - '0');
        int length = Gs1Ai.aiLengthForPrefix(prefix);
        if (length == 0) {
            throw new ScanDecodeException(DecodeErrorCode.GS1_UNKNOWN_AI, STRUCTURE, pos(index),
                    "no GS1 application identifier known to coi-edge starts with "
                            + data.substring(index, index + 2) + " - this is not GS1 data coi-edge can read");
        }
        for (int i = index + 2; i < index + length; i++) {
            requireAiDigit(i, length);
        }
        String code = data.substring(index, index + length);
        return Gs1Ai.byCode(code).orElseThrow(() -> new ScanDecodeException(DecodeErrorCode.GS1_UNKNOWN_AI,
                "GS1 (" + code + ")", pos(index), "AI (" + code + ") is not supported by coi-edge, so nothing after it"
                        + " can be read safely"));
    }

    private void requireAiDigit(int i, int aiLength) throws ScanDecodeException {
        if (i >= data.length()) {
            throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, STRUCTURE, pos(i),
                    "the data ends inside an application identifier - rescan the whole label");
        }
        if (!Gs1Chars.isDigit(data.charAt(i))) {
            throw new ScanDecodeException(DecodeErrorCode.INVALID_FORMAT, STRUCTURE, pos(i),
                    "expected " + (i == index ? "an application identifier" : "the rest of a " + aiLength
                            + "-digit application identifier") + ", found " + Gs1Chars.show(data.charAt(i)));
        }
    }

    private int fixedEnd(Gs1Ai ai, int valueStart) throws ScanDecodeException {
        int end = valueStart + ai.maxLength;
        for (int gs = valueStart; gs < Math.min(end, data.length()); gs++) {
            if (data.charAt(gs) == Gs1Chars.GS) {
                throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, ai.structure(), pos(gs), "the " + ai.title
                        + " has " + ai.maxLength + " " + ai.unit() + ", but a GS separator follows after "
                        + (gs - valueStart));
            }
        }
        if (end > data.length()) {
            throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, ai.structure(), pos(data.length()),
                    "the data ends after " + (data.length() - valueStart) + " of the " + ai.maxLength + " "
                            + ai.unit() + " of the " + ai.title + " - rescan the whole label");
        }
        return end;
    }

    private int variableEnd(Gs1Ai ai, int valueStart) throws ScanDecodeException {
        int gs = data.indexOf(Gs1Chars.GS, valueStart);
        int end = gs < 0 ? data.length() : gs;
        if (end == valueStart && end == data.length()) {
            throw new ScanDecodeException(DecodeErrorCode.TRUNCATED, ai.structure(), pos(end),
                    "the data ends right after the AI, the " + ai.title + " is missing - rescan the whole label");
        }
        if (end - valueStart > ai.maxLength) {
            // Check the characters that fit first: a bad character is the more precise message.
            Gs1Values.check(ai, data.substring(valueStart, valueStart + ai.maxLength), pos(valueStart), referenceYear);
            throw new ScanDecodeException(DecodeErrorCode.GS1_MISSING_SEPARATOR, ai.structure(),
                    pos(valueStart + ai.maxLength), "the " + ai.title + " is longer than " + ai.maxLength + " "
                            + ai.unit() + " - a GS separator is probably missing");
        }
        return end;
    }

    private int pos(int i) {
        return offset + i + 1;
    }
}
