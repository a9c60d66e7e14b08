package org.coiedge.app.kiosk.scan;

/**
 * Plays the feedback sound for a scan reaction. Never blocks the caller and never throws: a
 * machine without audio stays silent. {@link #MUTED} when sounds are off in the configuration.
 */
@FunctionalInterface
public interface Sounds {
    Sounds MUTED = kind -> { };

    void play(ScanReaction.Kind kind);
}
