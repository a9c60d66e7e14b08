package org.coiedge.core.isbt128;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Mod37_2Test {

    /** ISO/IEC 7064 pure-system validation, independent of how the check is computed. */
    private static boolean validates(String data, char check) {
        int s = 0;
        for (char c : data.toCharArray()) {
            s = ((s + Mod37_2.valueOf(c)) * 2) % 37;
        }
        return (s + Mod37_2.valueOf(check)) % 37 == 1;
    }

    @Test
    void publishedWorkedExampleGivesA() {
        assertThat(Mod37_2.checkCharacter("G123417654321")).isEqualTo('A');
        assertThat(Mod37_2.checkValue("G123417654321")).isEqualTo(10);
    }

    @Test
    void handComputedSingleCharacterCases() {
        // "0": s = 0 -> (38 - 0) mod 37 = 1.  "1": s = 2 -> 36, the '*' check character.
        assertThat(Mod37_2.checkCharacter("0")).isEqualTo('1');
        assertThat(Mod37_2.checkCharacter("1")).isEqualTo('*');
    }

    @Test
    void everyCheckValueFrom0To36IncludingStarIsProducedAndValidates() {
        Map<Integer, String> found = new HashMap<>();
        for (int seq = 0; seq < 2000 && found.size() < 37; seq++) {
            String din = "A9999" + "24" + String.format("%06d", seq);
            found.putIfAbsent(Mod37_2.checkValue(din), din);
        }
        assertThat(found).hasSize(37);
        found.forEach((value, data) -> {
            char k = Mod37_2.checkCharacter(data);
            assertThat(k).isEqualTo("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*".charAt(value));
            assertThat(validates(data, k)).as("%s with %s", data, k).isTrue();
            assertThat(Mod37_2.isValid(data, k)).isTrue();
        });
    }

    @Test
    void aSingleWrongCharacterChangesTheCheckCharacter() {
        String din = "A99992412345" + "6";
        char k = Mod37_2.checkCharacter(din);
        for (int i = 0; i < din.length(); i++) {
            char[] c = din.toCharArray();
            c[i] = c[i] == '9' ? '8' : '9';
            assertThat(Mod37_2.checkCharacter(new String(c))).as("change at %d", i).isNotEqualTo(k);
        }
    }

    @Test
    void adjacentTranspositionIsDetected() {
        String din = "A99992412345" + "6";
        char k = Mod37_2.checkCharacter(din);
        char[] c = din.toCharArray();
        char t = c[10];
        c[10] = c[11];
        c[11] = t;
        assertThat(Mod37_2.checkCharacter(new String(c))).isNotEqualTo(k);
    }

    @Test
    void charactersOutsideTheAlphabetAreRefusedByTheLowLevelFunction() {
        assertThatThrownBy(() -> Mod37_2.checkValue("a1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Mod37_2.valueOf('*')).isEqualTo(36);
        assertThat(Mod37_2.valueOf('-')).isEqualTo(-1);
    }
}
