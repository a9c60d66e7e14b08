package org.coiedge.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coiedge.core.gs1.Gs1Fixtures.GS;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.coiedge.core.codec.ScanDecodeException;
import org.junit.jupiter.api.Test;

/**
 * Properties of the GS1 parser over seeded random inputs (fixed seeds: a failure names its case
 * and reproduces).
 */
class Gs1ParserPropertyTest {
    private static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    @Test
    void validElementsWrittenAsScanDataReadBackUnchanged() throws ScanDecodeException {
        Random r = new Random(1);
        for (int i = 0; i < 2_000; i++) {
            List<Gs1Element> elements = validElements(r);
            int offset = r.nextInt(11);
            String data = new Gs1ElementString(elements).toScanData();

            Gs1ElementString parsed = Gs1Fixtures.parse(data, offset);

            assertThat(pairs(parsed.elements())).as(data).isEqualTo(pairs(elements));
            for (Gs1Element e : parsed.elements()) {
                assertThat(data.startsWith(e.ai() + e.value(), e.position() - offset - 1)).isTrue();
            }
        }
    }

    @Test
    void anyStringIsReadOrRefusedWithAScanDecodeExceptionOnly() throws ScanDecodeException {
        Random r = new Random(2);
        for (int i = 0; i < 5_000; i++) {
            String data = scannerNoise(r);
            int offset = 1 + r.nextInt(10);
            Object atZero = outcome(data, 0);
            Object shifted = outcome(data, offset);

            if (atZero instanceof Gs1ElementString) {
                List<List<String>> read = pairs(((Gs1ElementString) shifted).elements());
                assertThat(read).isEqualTo(pairs(((Gs1ElementString) atZero).elements()));
                // Whatever is accepted can be written out and read back the same.
                assertThat(pairs(Gs1Fixtures.parse(((Gs1ElementString) shifted).toScanData()).elements())).isEqualTo(read);
            } else {
                ScanDecodeException first = (ScanDecodeException) atZero;
                ScanDecodeException second = (ScanDecodeException) shifted;
                assertThat(second.code()).isEqualTo(first.code());
                assertThat(second.rule()).isNotBlank();
                if (first.position() > 0) {
                    assertThat(first.position()).isBetween(1, data.length() + 1);
                    assertThat(second.position()).isEqualTo(first.position() + offset);
                }
            }
        }
    }

    /** The parse result or its ScanDecodeException; anything else thrown fails the test. */
    private static Object outcome(String data, int offset) {
        try {
            return Gs1Fixtures.parse(data, offset);
        } catch (ScanDecodeException e) {
            return e;
        } catch (RuntimeException e) {
            throw new AssertionError("untyped exception for " + data.replace(GS, "<GS>"), e);
        }
    }

    private static List<List<String>> pairs(List<Gs1Element> elements) {
        return elements.stream().map(e -> List.of(e.ai(), e.value())).collect(Collectors.toList());
    }

    private static List<Gs1Element> validElements(Random r) {
        List<Gs1Ai> ais = new ArrayList<>(Arrays.asList(Gs1Ai.values()));
        Collections.shuffle(ais, r);
        List<Gs1Element> out = new ArrayList<>();
        for (Gs1Ai ai : ais.subList(0, 1 + r.nextInt(8))) {
            out.add(new Gs1Element(ai.code, value(ai, r), 0));
        }
        return out;
    }

    private static String scannerNoise(Random r) {
        switch (r.nextInt(4)) {
            case 0: return chars(r, "0123456789" + GS, r.nextInt(61));
            case 1: return chars(r, CSET82 + GS + " ", r.nextInt(61));
            case 2: {
                StringBuilder b = new StringBuilder();
                int n = r.nextInt(41);
                for (int i = 0; i < n; i++) {
                    b.append((char) r.nextInt(Character.MAX_VALUE + 1));
                }
                return b.toString();
            }
            default: return mutated(new Gs1ElementString(validElements(r)).toScanData(), r);
        }
    }

    private static String mutated(String data, Random r) {
        char c = r.nextBoolean() ? (CSET82 + GS + " \u0000\u00C4").charAt(r.nextInt(CSET82.length() + 4))
                : (char) r.nextInt(Character.MAX_VALUE + 1);
        int i = r.nextInt(data.length() + 1);
        int j = Math.min(i, data.length() - 1);
        switch (r.nextInt(3)) {
            case 0: return data.substring(0, i) + c + data.substring(i);
            case 1: return data.substring(0, j) + data.substring(j + 1);
            default: return data.substring(0, j) + c + data.substring(j + 1);
        }
    }

    private static String value(Gs1Ai ai, Random r) {
        if (ai.temporal == Gs1Ai.Temporal.YYMMDD) {
            return date(r, true);
        }
        if (ai.temporal == Gs1Ai.Temporal.YYMMDDHHMM) {
            return date(r, false) + two(r.nextInt(24)) + two(r.nextInt(60));
        }
        if (ai.checkDigit) {
            String s = chars(r, "0123456789", ai.maxLength - 1);
            return s + Gs1CheckDigit.compute(s);
        }
        int len = ai.minLength + r.nextInt(ai.maxLength - ai.minLength + 1);
        return chars(r, ai.numeric ? "0123456789" : CSET82, len);
    }

    /** A date that exists in the sliding window of June 2025 (1976-2075). */
    private static String date(Random r, boolean dayMayBeZero) {
        int yy = r.nextInt(100);
        int mm = 1 + r.nextInt(12);
        int days = YearMonth.of(Gs1Dates.year(yy, 2025), mm).lengthOfMonth();
        int dd = dayMayBeZero ? r.nextInt(days + 1) : 1 + r.nextInt(days);
        return two(yy) + two(mm) + two(dd);
    }

    private static String chars(Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
