package org.coiedge.core.isbt128;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property: any valid structure, encoded, decodes to the same value. Seeds are fixed so a failure
 * is reproducible; the failing seed is in the assertion message.
 */
class RoundTripPropertyTest {
    private static final int CASES = 2_000;
    private final Isbt128Parser parser = new Isbt128Parser(CompoundMessageRegistry.none());

    @Test
    void randomValidSingleStructuresEncodeThenDecodeToTheSameValues() throws Exception {
        for (long seed = 0; seed < CASES; seed++) {
            Isbt128Structure s = new RandomStructures(seed).simple();
            assertThat(parser.parse(s.encode(), 0)).as("seed %d: %s", seed, s.encode()).containsExactly(s);
        }
    }

    @Test
    void randomCompoundMessagesEncodeThenDecodeToTheSameValues() throws Exception {
        for (long seed = 0; seed < CASES; seed++) {
            CompoundMessage cm = new RandomStructures(seed).compound();
            assertThat(parser.parse(cm.encode(), 0)).as("seed %d: %s", seed, cm.encode()).containsExactly(cm);
        }
    }

    @Test
    void randomConcatenatedPairsDecodeToBothStructures() throws Exception {
        for (long seed = 0; seed < CASES; seed++) {
            RandomStructures g = new RandomStructures(seed);
            Isbt128Structure a = g.simple();
            Isbt128Structure b = g.simple();
            assertThat(parser.parse(a.encode() + b.encode(), 0)).as("seed %d", seed).isEqualTo(List.of(a, b));
        }
    }

    @Test
    void randomDinsSurviveKeyingWithTheirCheckCharacter() throws Exception {
        for (long seed = 0; seed < CASES; seed++) {
            Din din = new RandomStructures(seed).din();
            assertThat(Din.parseKeyed(din.eyeReadable() + " " + din.checkCharacter())).as("seed %d", seed).isEqualTo(din);
        }
    }
}
