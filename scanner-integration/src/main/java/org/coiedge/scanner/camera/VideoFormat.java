package org.coiedge.scanner.camera;

import java.util.List;

/** One format a camera offers, and the choice of the one nearest a wanted size. */
public record VideoFormat(int width, int height, int fps) {
    /** What the decoder is tuned for: labels fill enough pixels, and 30 fps still decode in time. */
    public static final VideoFormat PREFERRED = new VideoFormat(1280, 720, 30);

    /**
     * The index of the format nearest {@code wanted}: smallest difference in pixel count, then
     * the wanted aspect ratio, then the highest frame rate; -1 for an empty list.
     */
    public static int nearest(List<VideoFormat> formats, VideoFormat wanted) {
        int best = -1;
        for (int i = 0; i < formats.size(); i++) {
            if (best < 0 || better(formats.get(i), formats.get(best), wanted)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean better(VideoFormat a, VideoFormat b, VideoFormat wanted) {
        long area = (long) wanted.width * wanted.height;
        long da = Math.abs((long) a.width * a.height - area);
        long db = Math.abs((long) b.width * b.height - area);
        if (da != db) {
            return da < db;
        }
        boolean aspectA = (long) a.width * wanted.height == (long) a.height * wanted.width;
        boolean aspectB = (long) b.width * wanted.height == (long) b.height * wanted.width;
        if (aspectA != aspectB) {
            return aspectA;
        }
        return a.fps > b.fps;
    }

    /** A camera's stable id: its unique id, or its name when the driver gives none. */
    public static String stableId(String uniqueId, String name) {
        return uniqueId == null || uniqueId.isBlank() ? String.valueOf(name) : uniqueId;
    }
}
