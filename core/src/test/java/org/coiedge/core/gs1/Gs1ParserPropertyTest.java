package org.coiedge.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coiedge.core.gs1.Gs1Fixtures.GS;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.coiedge.core.codec.ScanDecodeException;

class Gs1ParserPropertyTest {
    private static final String CSET82 =
            "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    @Property
    void validElementsWrittenAsScanDataReadBackUnchanged(@ForAll("validElements") List<Gs1Element> elements,
            @ForAll @IntRange(max = 10) int offset) throws ScanDecodeException {
        String data = new Gs1ElementString(elements).toScanData();

        Gs1ElementString parsed = Gs1Fixtures.parse(data, offset);

        assertThat(pairs(parsed.elements())).isEqualTo(pairs(elements));
        for (Gs1Element e : parsed.elements()) {
            assertThat(data.startsWith(e.ai() + e.value(), e.position() - offset - 1)).isTrue();
        }
    }

    @Property(tries = 3000)
    void anyStringIsReadOrRefusedWithAScanDecodeExceptionOnly(@ForAll("scannerNoise") String data,
            @ForAll @IntRange(min = 1, max = 10) int offset) throws ScanDecodeException {
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

    /** The parse result or its ScanDecodeException; anything else thrown fails the property. */
    private static Object outcome(String data, int offset) {
        try {
            return Gs1Fixtures.parse(data, offset);
        } catch (ScanDecodeException e) {
            return e;
        }
    }

    private static List<List<String>> pairs(List<Gs1Element> elements) {
        return elements.stream().map(e -> List.of(e.ai(), e.value())).collect(Collectors.toList());
    }

    @Provide
    Arbitrary<List<Gs1Element>> validElements() {
        return Arbitraries.of(Gs1Ai.values()).list().ofMinSize(1).ofMaxSize(8).uniqueElements()
                .flatMap(Gs1ParserPropertyTest::elementsFor);
    }

    private static Arbitrary<List<Gs1Element>> elementsFor(List<Gs1Ai> ais) {
        List<Arbitrary<Gs1Element>> each =
                ais.stream().map(Gs1ParserPropertyTest::element).collect(Collectors.toList());
        return Combinators.combine(each).as(list -> list);
    }

    @Provide
    Arbitrary<String> scannerNoise() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789" + GS).ofMaxLength(60),
                Arbitraries.strings().withChars(CSET82 + GS + " ").ofMaxLength(60),
                Arbitraries.strings().all().ofMaxLength(40),
                validElements().map(l -> new Gs1ElementString(l).toScanData()).flatMap(Gs1ParserPropertyTest::mutated));
    }

    private static Arbitrary<String> mutated(String data) {
        Arbitrary<Character> noise = Arbitraries.oneOf(Arbitraries.chars().with(CSET82 + GS + " \u0000\u00C4"),
                Arbitraries.chars());
        Arbitrary<Integer> at = Arbitraries.integers().between(0, data.length());
        return Combinators.combine(at, noise, Arbitraries.integers().between(0, 2)).as((i, c, op) -> {
            int j = Math.min(i, data.length() - 1);
            switch (op) {
                case 0:
                    return data.substring(0, i) + c + data.substring(i);
                case 1:
                    return data.substring(0, j) + data.substring(j + 1);
                default:
                    return data.substring(0, j) + c + data.substring(j + 1);
            }
        });
    }

    private static Arbitrary<Gs1Element> element(Gs1Ai ai) {
        return value(ai).map(v -> new Gs1Element(ai.code, v, 0));
    }

    private static Arbitrary<String> value(Gs1Ai ai) {
        if (ai.temporal == Gs1Ai.Temporal.YYMMDD) {
            return date(true);
        }
        if (ai.temporal == Gs1Ai.Temporal.YYMMDDHHMM) {
            Arbitrary<Integer> hours = Arbitraries.integers().between(0, 23);
            Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 59);
            return Combinators.combine(date(false), hours, minutes).as((d, h, m) -> d + two(h) + two(m));
        }
        if (ai.checkDigit) {
            return Arbitraries.strings().numeric().ofLength(ai.maxLength - 1).map(s -> s + Gs1CheckDigit.compute(s));
        }
        if (ai.numeric) {
            return Arbitraries.strings().numeric().ofMinLength(ai.minLength).ofMaxLength(ai.maxLength);
        }
        return Arbitraries.strings().withChars(CSET82).ofMinLength(ai.minLength).ofMaxLength(ai.maxLength);
    }

    /** A date that exists in the sliding window of June 2025 (1976-2075). */
    private static Arbitrary<String> date(boolean dayMayBeZero) {
        return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 12))
                .flatAs((yy, mm) -> Arbitraries.integers()
                        .between(dayMayBeZero ? 0 : 1, YearMonth.of(Gs1Dates.year(yy, 2025), mm).lengthOfMonth())
                        .map(dd -> two(yy) + two(mm) + two(dd)));
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
