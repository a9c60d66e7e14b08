package org.coiedge.core.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyboardWedgeDetectorTest {
    private static final String DIN = "=A99992612345600";

    private final KeyboardWedgeDetector detector = new KeyboardWedgeDetector(WedgeSettings.defaults());
    private final List<WedgeResult> results = new ArrayList<>();

    /** Types {@code text} starting at {@code start}, one key every {@code gapMillis}; returns the time after the last key. */
    private long type(String text, long start, long gapMillis) {
        long t = start;
        for (int i = 0; i < text.length(); i++) {
            if (i > 0) {
                t += gapMillis;
            }
            results.addAll(detector.key(text.charAt(i), t));
        }
        return t;
    }

    @Test
    void fastBurstEndingInEnterIsOneScanWithoutTheTerminator() {
        type(DIN + "\r", 1_000, 8);

        assertThat(results).containsExactly(new WedgeResult.Scanned(DIN, 1_000, 1_000 + 8L * DIN.length()));
        assertThat(detector.pendingKeys()).isZero();
    }

    @Test
    void personTypingTheSameLabelAtHumanSpeedIsGivenBackAsTypedKeys() {
        long end = type(DIN + "\r", 1_000, 140);
        results.addAll(detector.idle(end + 1_000));

        assertThat(results).allMatch(r -> r instanceof WedgeResult.Typed);
        StringBuilder typed = new StringBuilder();
        results.forEach(r -> typed.append(((WedgeResult.Typed) r).text()));
        assertThat(typed.toString()).isEqualTo(DIN + "\r");
    }

    @Test
    void fastTypistsShortRollOfKeysFollowedByEnterIsNotAScan() {
        // "the" rolled at 30 ms a key, Enter 35 ms later: every gap is under 40 ms, but it is too short.
        type("the\r", 1_000, 30);

        assertThat(results).containsExactly(new WedgeResult.Typed("the\r"));
    }

    @Test
    void burstWhoseMeanPauseIsTooSlowForAScannerIsTyped() {
        // Every gap 35 ms is under the 40 ms limit, but a mean of 35 ms is over 25 ms.
        type("ABCDEFGH\r", 1_000, 35);

        assertThat(results).containsExactly(new WedgeResult.Typed("ABCDEFGH\r"));
    }

    @Test
    void keysTypedBeforeAScanComeBackAsTypedAndTheScanArrivesWhole() {
        long t = type("ab", 1_000, 150);
        type(DIN + "\r", t + 200, 5);

        assertThat(results).containsExactly(
                new WedgeResult.Typed("a"), new WedgeResult.Typed("b"),
                new WedgeResult.Scanned(DIN, t + 200, t + 200 + 5L * DIN.length()));
    }

    @Test
    void keysTypedRightAfterAScanAreTyped() {
        long t = type(DIN + "\r", 1_000, 5);
        t = type("ok", t + 300, 180);
        results.addAll(detector.idle(t + 100));

        assertThat(results).hasSize(3);
        assertThat(results.get(0)).isInstanceOf(WedgeResult.Scanned.class);
        assertThat(results.subList(1, 3)).containsExactly(new WedgeResult.Typed("o"), new WedgeResult.Typed("k"));
    }

    @Test
    void twoScansBackToBackAreTwoScans() {
        long t = type("=A99992612345600\r", 1_000, 4);
        type("=<E0001V00\r", t + 4, 4);

        assertThat(results).extracting(r -> ((WedgeResult.Scanned) r).text())
                .containsExactly("=A99992612345600", "=<E0001V00");
    }

    @Test
    void scanInterruptedByALongPauseIsNotPassedOnAsAScan() {
        long t = type("=A9999261", 1_000, 5);
        type("2345600\r", t + 200, 5);

        assertThat(results).containsExactly(
                new WedgeResult.Incomplete("=A9999261", WedgeResult.Reason.NO_TERMINATOR),
                new WedgeResult.Incomplete("2345600", WedgeResult.Reason.AFTER_INTERRUPTED_BURST));
    }

    @Test
    void scanWellAfterAnInterruptedBurstIsAcceptedAgain() {
        long t = type("=A9999261", 1_000, 5);
        type(DIN + "\r", t + 2_000, 5);

        assertThat(results).containsExactly(
                new WedgeResult.Incomplete("=A9999261", WedgeResult.Reason.NO_TERMINATOR),
                new WedgeResult.Scanned(DIN, t + 2_000, t + 2_000 + 5L * DIN.length()));
    }

    @Test
    void fastBurstWithoutTerminatorIsReportedAsIncompleteOnceIdle() {
        long t = type(DIN, 1_000, 5);

        assertThat(detector.idle(t + 10)).isEmpty();
        assertThat(detector.idle(t + 41)).containsExactly(new WedgeResult.Incomplete(DIN, WedgeResult.Reason.NO_TERMINATOR));
        assertThat(detector.pendingKeys()).isZero();
    }

    @Test
    void substitutionsPutBackControlCharactersTheScannerCouldNotType() {
        KeyboardWedgeDetector gs1 = new KeyboardWedgeDetector(WedgeSettings.defaults()
                .withSubstitutions(Map.of("{GS}", "\u001D", "{", "[")));
        List<WedgeResult> out = new ArrayList<>();
        String keys = "]C101095011010209171719050810ABCD1234{GS}2110\r";
        for (int i = 0; i < keys.length(); i++) {
            out.addAll(gs1.key(keys.charAt(i), 1_000 + 3L * i));
        }

        assertThat(out).containsExactly(new WedgeResult.Scanned(
                "]C101095011010209171719050810ABCD1234\u001D2110", 1_000, 1_000 + 3L * (keys.length() - 1)));
    }

    @Test
    void substitutionsAreNotAppliedToTypedKeys() {
        KeyboardWedgeDetector gs1 = new KeyboardWedgeDetector(WedgeSettings.defaults().withSubstitutions(Map.of("{GS}", "\u001D")));
        List<WedgeResult> out = new ArrayList<>();
        String keys = "{GS}\r";
        for (int i = 0; i < keys.length(); i++) {
            out.addAll(gs1.key(keys.charAt(i), 1_000 + 200L * i));
        }

        assertThat(out).extracting(r -> ((WedgeResult.Typed) r).text()).containsExactly("{", "G", "S", "}", "\r");
    }

    @Test
    void configuredTabTerminatorEndsAScanAndEnterThenDoesNot() {
        KeyboardWedgeDetector tab = new KeyboardWedgeDetector(WedgeSettings.defaults().withTerminators(Set.of('\t')));
        List<WedgeResult> out = new ArrayList<>();
        String keys = DIN + "\t";
        for (int i = 0; i < keys.length(); i++) {
            out.addAll(tab.key(keys.charAt(i), 1_000 + 5L * i));
        }
        out.addAll(tab.key('\r', 1_000 + 5L * keys.length()));

        assertThat(out).containsExactly(new WedgeResult.Scanned(DIN, 1_000, 1_000 + 5L * DIN.length()));
        assertThat(tab.pendingKeys()).isEqualTo(1);
    }

    @Test
    void controlCharactersTheScannerTypesDirectlyAreKept() {
        String data = "]d2010950110102091710ABC\u001D2110";
        type(data + "\r", 1_000, 2);

        assertThat(results).containsExactly(new WedgeResult.Scanned(data, 1_000, 1_000 + 2L * data.length()));
    }

    @Test
    void settingsRejectNonsense() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WedgeSettings.defaults().withMinLength(0))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WedgeSettings.defaults().withTerminators(Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
