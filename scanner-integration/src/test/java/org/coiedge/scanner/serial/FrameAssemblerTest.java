package org.coiedge.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameAssemblerTest {
    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> frames(List<FrameAssembler.Piece> pieces) {
        List<String> out = new ArrayList<>();
        for (FrameAssembler.Piece p : pieces) {
            if (p instanceof FrameAssembler.Frame) {
                out.add(new String(((FrameAssembler.Frame) p).bytes(), StandardCharsets.ISO_8859_1));
            } else {
                out.add("DROPPED " + ((FrameAssembler.Dropped) p).problem());
            }
        }
        return out;
    }

    @Test
    void crlfSplitAtEveryPossiblePointGivesTheSameTwoFrames() {
        byte[] stream = b("=A99992612345600\r\n=<E0001V00\r\n");
        for (int cut = 1; cut < stream.length; cut++) {
            FrameAssembler a = new FrameAssembler(Framing.crlf(), 4096);
            List<FrameAssembler.Piece> out = new ArrayList<>(a.accept(Arrays.copyOfRange(stream, 0, cut)));
            out.addAll(a.accept(Arrays.copyOfRange(stream, cut, stream.length)));

            assertThat(frames(out)).as("cut at %d", cut).containsExactly("=A99992612345600", "=<E0001V00");
            assertThat(a.hasPending()).isFalse();
        }
    }

    @Test
    void byteByByteDeliveryGivesTheWholeFrame() {
        FrameAssembler a = new FrameAssembler(Framing.cr(), 4096);
        List<FrameAssembler.Piece> out = new ArrayList<>();
        for (byte x : b("]C1\u001D0109501101020917\r")) {
            out.addAll(a.accept(new byte[] {x}));
        }

        assertThat(frames(out)).containsExactly("]C1\u001D0109501101020917");
    }

    @Test
    void bareTerminatorsMakeNoEmptyScans() {
        FrameAssembler a = new FrameAssembler(Framing.cr(), 4096);

        assertThat(frames(a.accept(b("\r\r=A\r\r")))).containsExactly("=A");
    }

    @Test
    void frameExactlyAtTheLimitPassesAndOneByteMoreIsDropped() {
        FrameAssembler a = new FrameAssembler(Framing.cr(), 8);

        assertThat(frames(a.accept(b("12345678\r123456789\rOK\r"))))
                .containsExactly("12345678", "DROPPED FRAME_TOO_LONG", "OK");
    }

    @Test
    void overLongFrameArrivingInChunksIsReportedOnceAndItsTailIsNotAScan() {
        FrameAssembler a = new FrameAssembler(Framing.crlf(), 8);
        List<FrameAssembler.Piece> out = new ArrayList<>();
        out.addAll(a.accept(b("AAAAAAAAAA")));
        out.addAll(a.accept(b("BBBBBBBBBB\r")));
        out.addAll(a.accept(b("\nOK\r\n")));

        assertThat(frames(out)).containsExactly("DROPPED FRAME_TOO_LONG", "OK");
    }

    @Test
    void partialFrameIsDroppedOnSilenceWithTerminatorFraming() {
        FrameAssembler a = new FrameAssembler(Framing.cr(), 4096);
        a.accept(b("\u0000\u00ff noise"));

        assertThat(frames(a.silence())).containsExactly("DROPPED INCOMPLETE_FRAME");
        assertThat(frames(a.accept(b("=A\r")))).containsExactly("=A");
    }

    @Test
    void silenceFramingEmitsWhatArrivedTerminatorsIncluded() {
        FrameAssembler a = new FrameAssembler(Framing.silence(Duration.ofMillis(50)), 4096);

        assertThat(a.accept(b("=A9999\r"))).isEmpty();
        assertThat(frames(a.silence())).containsExactly("=A9999\r");
        assertThat(a.silence()).isEmpty();
    }

    @Test
    void silenceFramingDropsAnOverLongFrameUntilTheLineGoesQuiet() {
        FrameAssembler a = new FrameAssembler(Framing.silence(Duration.ofMillis(50)), 4);

        assertThat(frames(a.accept(b("123456")))).containsExactly("DROPPED FRAME_TOO_LONG");
        assertThat(a.accept(b("789"))).isEmpty();
        assertThat(a.silence()).isEmpty();
        assertThat(frames(a.accept(b("=A")))).isEmpty();
        assertThat(frames(a.silence())).containsExactly("=A");
    }
}
