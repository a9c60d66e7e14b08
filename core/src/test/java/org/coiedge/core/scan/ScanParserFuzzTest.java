package org.coiedge.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.CompoundMessageRegistry;
import org.coiedge.core.isbt128.DataStructure;
import org.coiedge.core.isbt128.Isbt128Structure;

/**
 * Fuzz test of the scan parser: whatever a scanner sends, the parser returns a decoded scan or
 * throws its typed {@link ScanDecodeException} - never anything else - and what it decodes as
 * ISBT 128 re-encodes to exactly the data it read.
 *
 * <p>In the normal test run Jazzer replays the committed corpus in
 * {@code src/test/resources/org/coiedge/core/scan/ScanParserFuzzTestInputs/}. To fuzz for real:
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=ScanParserFuzzTest} (see README).
 */
class ScanParserFuzzTest {
    private static final ScanParser PARSER = new ScanParser(CompoundMessageRegistry.of(
            Map.of("101", List.of(DataStructure.DS001, DataStructure.DS003, DataStructure.DS040))));

    @FuzzTest(maxDuration = "5m")
    void parserThrowsNothingButItsTypedError(FuzzedDataProvider data) {
        String input = data.consumeRemainingAsString();
        DecodedScan scan;
        try {
            scan = PARSER.decode(input);
        } catch (ScanDecodeException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            assertThat(expected.position()).isBetween(0, input.length() + 1);
            return;
        }
        assertThat(scan.input()).isEqualTo(input);
        if (scan instanceof DecodedScan.Isbt128) {
            StringBuilder encoded = new StringBuilder();
            for (Isbt128Structure s : ((DecodedScan.Isbt128) scan).structures()) {
                encoded.append(s.encode());
            }
            assertThat(input).contains(encoded);
        }
    }
}
