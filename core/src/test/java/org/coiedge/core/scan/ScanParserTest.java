package org.coiedge.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.coiedge.core.codec.DecodeErrorCode;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.DataStructure;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.junit.jupiter.api.Test;

class ScanParserTest {
    private static final String GS = "\u001D";
    private final ScanParser parser = ScanParser.standard();

    private static DecodeErrorCode codeOf(Throwable t) {
        return ((ScanDecodeException) t).code();
    }

    @Test
    void aimIdentifierIsStrippedAndReportedForIsbtData() throws Exception {
        for (String aim : new String[] {"]C0", "]C4", "]d1"}) {
            DecodedScan scan = parser.decode(aim + "=A99992412345600");
            assertThat(scan).isInstanceOf(DecodedScan.Isbt128.class);
            assertThat(scan.symbology()).map(SymbologyIdentifier::text).contains(aim);
            assertThat(((DecodedScan.Isbt128) scan).structures()).extracting(Isbt128Structure::type)
                    .containsExactly(DataStructure.DS001);
        }
    }

    @Test
    void concatenatedReadWithAndWithoutC4GivesTwoStructures() throws Exception {
        for (String input : new String[] {"]C4=A99992412345600=%5100", "=A99992412345600=%5100"}) {
            var scan = (DecodedScan.Isbt128) parser.decode(input);
            assertThat(scan.structures()).extracting(Isbt128Structure::type)
                    .containsExactly(DataStructure.DS001, DataStructure.DS002);
        }
    }

    @Test
    void gs1IdentifiersRouteToGs1() throws Exception {
        for (String aim : new String[] {"]C1", "]d2", "]Q3", "]e0"}) {
            DecodedScan scan = parser.decode(aim + "8018095060000000000015");
            assertThat(scan.scheme()).as(aim).isEqualTo(Scheme.GS1);
            assertThat(((DecodedScan.Gs1) scan).elements().elements().get(0).ai()).isEqualTo("8018");
        }
    }

    @Test
    void leadingGroupSeparatorWithoutIdentifierIsGs1() throws Exception {
        assertThat(parser.decode(GS + "0109506000134352").scheme()).isEqualTo(Scheme.GS1);
    }

    @Test
    void gs1ErrorPositionsCountTheSymbologyIdentifier() {
        assertThatThrownBy(() -> parser.decode("]C1" + "8018095060000000000018"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.GS1_CHECK_DIGIT_MISMATCH))
                .satisfies(e -> assertThat(((ScanDecodeException) e).position()).isGreaterThan(3));
    }

    @Test
    void anythingElseIsPlainTextWithoutTerminators() throws Exception {
        var scan = (DecodedScan.Text) parser.decode("]C0MRN-000123\r\n");
        assertThat(scan.text()).isEqualTo("MRN-000123");
        assertThat(scan.input()).isEqualTo("]C0MRN-000123\r\n");
        assertThat(((DecodedScan.Text) parser.decode("Müller 42")).text()).isEqualTo("Müller 42");
    }

    @Test
    void c4OnNonIsbtDataIsASymbologyMismatch() {
        assertThatThrownBy(() -> parser.decode("]C4MRN-000123"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.SYMBOLOGY_MISMATCH));
    }

    @Test
    void malformedIdentifierEmptyScansAndControlCharactersAreTypedErrors() {
        assertThatThrownBy(() -> parser.decode("]1=A99992412345600"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.INVALID_SYMBOLOGY_IDENTIFIER));
        assertThatThrownBy(() -> parser.decode("")).satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.EMPTY_INPUT));
        assertThatThrownBy(() -> parser.decode("\r\n")).satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.EMPTY_INPUT));
        assertThatThrownBy(() -> parser.decode("]d1")).satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.EMPTY_INPUT));
        assertThatThrownBy(() -> parser.decode("=A9999241234\u00005600"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.INVALID_CHARACTER))
                .hasMessageContaining("U+0000").hasMessageContaining("(position 13)");
        assertThatThrownBy(() -> parser.decode("MRN\u0007123"))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.INVALID_CHARACTER));
        assertThatThrownBy(() -> parser.decode("x".repeat(ScanParser.MAX_INPUT_LENGTH + 1)))
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo(DecodeErrorCode.INPUT_TOO_LONG));
    }

    @Test
    void randomGarbageAndMutatedLabelsNeverThrowAnythingButTheTypedError() {
        String[] seeds = {"]C0=A99992412345600", "]d1=+04000=/A9997XYZ100T0479=A99991712345600=,000012=>019031",
            "]C1" + "0109506000134352172611301" + "0LOT42" + GS + "21SER9", "&#0108MRN12345", "=(2001202611221530"};
        String alphabet = "=&<>%*}{[]()/\\,;:'\"+#$!-CHA0123456789OZaz" + GS + "\r\n\u0000\u00ff";
        Random r = new Random(20261122);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder(seeds[r.nextInt(seeds.length)]);
            int edits = 1 + r.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = b.length() == 0 ? 0 : r.nextInt(b.length());
                char c = alphabet.charAt(r.nextInt(alphabet.length()));
                switch (r.nextInt(3)) {
                    case 0: b.insert(at, c); break;
                    case 1: if (b.length() > 0) { b.deleteCharAt(at); } break;
                    default: if (b.length() > 0) { b.setCharAt(at, c); } break;
                }
            }
            String input = b.toString();
            try {
                parser.decode(input);
            } catch (ScanDecodeException expected) {
                assertThat(expected.position()).as(input).isBetween(0, input.length() + 1);
            } catch (RuntimeException e) {
                throw new AssertionError("untyped " + e + " for input " + input.replace(GS, "<GS>"), e);
            }
        }
    }
}
