package org.coiedge.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void membersAreSortedByUtf16CodeUnitsAndWhitespaceIsDropped() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1L);
        m.put("a", List.of(true, false));
        m.put("\u20ac", "euro");
        m.put("\ud83d\ude00", "emoji");
        m.put("A", null);
        // U+20AC sorts before the surrogate pair (0xD83D) by UTF-16 code units, as RFC 8785 requires.
        assertThat(CanonicalJson.write(m))
                .isEqualTo("{\"A\":null,\"a\":[true,false],\"b\":1,\"\u20ac\":\"euro\",\"\ud83d\ude00\":\"emoji\"}");
    }

    @Test
    void stringsAreEscapedMinimallyWithLowerCaseHexForControlCharacters() {
        assertThat(CanonicalJson.write("q\"b\\n\n\t\u0001\u001f/\u00e9"))
                .isEqualTo("\"q\\\"b\\\\n\\n\\t\\u0001\\u001f/\u00e9\"");
    }

    @Test
    void parsingThenWritingGivesTheSameCanonicalTextWhateverTheInputLayout() {
        String loose = "{ \"z\" : [ 1 , -2 ], \"a\":{\"y\":\"\\u00e9\\/\",\"x\":null} }";
        assertThat(CanonicalJson.write(CanonicalJson.parse(loose)))
                .isEqualTo("{\"a\":{\"x\":null,\"y\":\"\u00e9/\"},\"z\":[1,-2]}");
    }

    @Test
    void nonIntegralAndUnsafeNumbersAreRefusedRatherThanFormattedAmbiguously() {
        assertThatThrownBy(() -> CanonicalJson.parse("1.5")).hasMessageContaining("only integers");
        assertThatThrownBy(() -> CanonicalJson.write(1L << 53)).hasMessageContaining("2^53");
        assertThatThrownBy(() -> CanonicalJson.write(1.5d)).hasMessageContaining("Double");
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> CanonicalJson.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> CanonicalJson.parse("[1,]")).hasMessageContaining("character 4");
        assertThatThrownBy(() -> CanonicalJson.parse("01")).hasMessageContaining("malformed");
        assertThatThrownBy(() -> CanonicalJson.parse("{} x")).hasMessageContaining("after the JSON value");
    }

    @Test
    void loneSurrogatesCannotBeCanonicalized() {
        assertThatThrownBy(() -> CanonicalJson.write("a\ud800b")).hasMessageContaining("surrogate");
    }
}
