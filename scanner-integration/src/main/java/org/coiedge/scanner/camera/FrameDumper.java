package org.coiedge.scanner.camera;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.imageio.ImageIO;

/**
 * Writes decoded frames for {@link FrameDump}; used by the decode thread only. Does nothing at all
 * when the dump is off. The first write failure (folder not writable, disk full) ends the dump
 * for this run and is kept for {@link #problem()}: scanning never stops for a debug option.
 */
final class FrameDumper {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final FrameDump dump;
    private final Clock clock;
    private volatile int written;
    private volatile String problem;

    FrameDumper(FrameDump dump, Clock clock) {
        this.dump = dump;
        this.clock = clock;
    }

    /** Writes the frame if the dump is on, under its limit and has not failed. */
    void offer(BufferedImage frame, int symbols) {
        if (!dump.on() || written >= dump.maxFrames() || problem != null) {
            return;
        }
        Path file = dump.folder().resolve(String.format("frame-%s-%04d-%dsym.png", TIME.format(clock.instant()), written + 1, symbols));
        try {
            Files.createDirectories(dump.folder());
            if (!ImageIO.write(frame, "png", file.toFile())) {
                throw new IOException("no PNG writer for this frame");
            }
            written++;
        } catch (IOException | RuntimeException e) {
            problem = "Camera frame dump to " + dump.folder() + " stopped: " + e.getMessage() + " - check the folder; scanning goes on";
        }
    }

    int written() {
        return written;
    }

    /** Why the dump stopped early, or null. */
    String problem() {
        return problem;
    }
}
