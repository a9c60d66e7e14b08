package org.coiedge.scanner.camera;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * The camera's frame-dump debug option. Off by default, and then no frame is ever written
 * anywhere. On, the decode thread writes each frame it decodes, as it was decoded, to
 * {@code folder} as PNG ({@code frame-<time>-<n>-<symbols>sym.png}), until {@code maxFrames} have
 * been written in this run of the source; then it stops by itself. Writing a PNG takes tens of
 * milliseconds, so decoding is slower while it is on. Meant for a technician chasing a label that
 * will not read; frames may show patient labels, so the folder must be treated as patient data.
 *
 * @param folder    where frames go; null when off
 * @param maxFrames at most this many frames per run of the camera source; 0 when off
 */
public record FrameDump(Path folder, int maxFrames) {
    /** Configuration key of the folder (a path); absent or blank: off. */
    public static final String FOLDER_KEY = "coiedge.camera.debug.dumpDir";
    /** Configuration key of the most frames written per run; default {@value #DEFAULT_MAX}. */
    public static final String MAX_KEY = "coiedge.camera.debug.dumpMax";
    public static final int DEFAULT_MAX = 100;

    public FrameDump {
        if (maxFrames < 0) {
            throw new IllegalArgumentException("maxFrames must not be negative");
        }
        if (folder == null && maxFrames != 0) {
            throw new IllegalArgumentException("a frame dump needs a folder");
        }
    }

    /** No frames written. */
    public static FrameDump off() {
        return new FrameDump(null, 0);
    }

    /** Up to {@code maxFrames} frames into {@code folder}. */
    public static FrameDump to(Path folder, int maxFrames) {
        return new FrameDump(Objects.requireNonNull(folder, "folder"), maxFrames);
    }

    /**
     * From configuration, e.g. the kiosk's settings file or {@code System.getProperties()}
     * ({@code java -Dcoiedge.camera.debug.dumpDir=/tmp/frames -Dcoiedge.camera.debug.dumpMax=50 ...}).
     *
     * @throws IllegalArgumentException when the maximum is not a whole number of zero or more
     */
    public static FrameDump fromProperties(Properties config) {
        String folder = config.getProperty(FOLDER_KEY, "").strip();
        if (folder.isEmpty()) {
            return off();
        }
        String max = config.getProperty(MAX_KEY, String.valueOf(DEFAULT_MAX)).strip();
        try {
            return to(Path.of(folder), Integer.parseInt(max));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MAX_KEY + " must be a whole number, not '" + max + "'", e);
        }
    }

    /** Whether any frame will be written. */
    public boolean on() {
        return folder != null && maxFrames > 0;
    }
}
