package org.coiedge.scanner.serial;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.coiedge.core.scanner.ScanProblem;

/**
 * Reassembles chunks from a serial port into frames. Every byte other than the terminator is
 * kept (GS and other control characters included). A frame longer than the limit is dropped, and
 * so is the rest of it up to its terminator. Not thread-safe: owned by the source's thread.
 */
final class FrameAssembler {
    /** What the assembler produced. */
    sealed interface Piece permits Frame, Dropped {
    }

    /** One whole frame, terminator removed. */
    record Frame(byte[] bytes) implements Piece {
    }

    /** Bytes thrown away, and why: {@link ScanProblem#FRAME_TOO_LONG} or {@link ScanProblem#INCOMPLETE_FRAME}. */
    record Dropped(ScanProblem problem, int byteCount) implements Piece {
    }

    private final byte[] terminator;
    private final int maxFrameBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private boolean discarding;

    FrameAssembler(Framing framing, int maxFrameBytes) {
        this.terminator = Objects.requireNonNull(framing, "framing").terminator();
        if (maxFrameBytes < 1) {
            throw new IllegalArgumentException("maxFrameBytes must be positive: " + maxFrameBytes);
        }
        this.maxFrameBytes = maxFrameBytes;
    }

    /** Takes one chunk as it came from the port. */
    List<Piece> accept(byte[] chunk) {
        List<Piece> out = new ArrayList<>(1);
        buffer.write(chunk, 0, chunk.length);
        if (terminator.length == 0) {
            checkLength(out);
            return out;
        }
        byte[] data = buffer.toByteArray();
        int start = 0;
        int hit;
        while ((hit = indexOf(data, start)) >= 0) {
            int length = hit - start;
            if (discarding) {
                discarding = false;
            } else if (length > maxFrameBytes) {
                out.add(new Dropped(ScanProblem.FRAME_TOO_LONG, length));
            } else if (length > 0) {
                out.add(new Frame(Arrays.copyOfRange(data, start, hit)));
            }
            start = hit + terminator.length;
        }
        buffer.reset();
        buffer.write(data, start, data.length - start);
        checkLength(out);
        return out;
    }

    /** The line has been silent for the framing's silence: ends a silence frame, drops a partial one. */
    List<Piece> silence() {
        List<Piece> out = new ArrayList<>(1);
        int pending = buffer.size();
        if (discarding) {
            discarding = false;
        } else if (pending > 0 && terminator.length == 0) {
            out.add(new Frame(buffer.toByteArray()));
        } else if (pending > 0) {
            out.add(new Dropped(ScanProblem.INCOMPLETE_FRAME, pending));
        }
        buffer.reset();
        return out;
    }

    /** Whether bytes are waiting for a terminator or a silence. */
    boolean hasPending() {
        return buffer.size() > 0 || discarding;
    }

    private void checkLength(List<Piece> out) {
        if (discarding) {
            // Keep only what could be the start of a terminator split across chunks.
            byte[] data = buffer.toByteArray();
            int keep = Math.min(data.length, Math.max(terminator.length - 1, 0));
            buffer.reset();
            buffer.write(data, data.length - keep, keep);
        } else if (buffer.size() > maxFrameBytes) {
            out.add(new Dropped(ScanProblem.FRAME_TOO_LONG, buffer.size()));
            discarding = true;
            checkLength(out);
        }
    }

    private int indexOf(byte[] data, int from) {
        outer:
        for (int i = from; i <= data.length - terminator.length; i++) {
            for (int j = 0; j < terminator.length; j++) {
                if (data[i + j] != terminator[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
