package org.coiedge.app.kiosk.scan;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The feedback strip's model: the last scan reaction (colour, words, when) and the scans that
 * arrived when no screen expected one, so they are shown rather than lost. Plays the sound.
 * UI thread only.
 */
public final class ScanFeedback {
    private static final int KEEP_UNEXPECTED = 5;
    private final Sounds sounds;
    private final Clock clock;
    private final ObjectProperty<ScanReaction.Kind> kind = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Instant> at = new SimpleObjectProperty<>();
    private final javafx.beans.property.LongProperty shown = new javafx.beans.property.SimpleLongProperty();
    private final ObservableList<String> unexpected = FXCollections.observableArrayList();
    /** One read-only view, kept: a new view per call would hold listeners only weakly. */
    private final ObservableList<String> unexpectedView = FXCollections.unmodifiableObservableList(unexpected);

    public ScanFeedback(Sounds sounds, Clock clock) {
        this.sounds = Objects.requireNonNull(sounds, "sounds");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Shows and sounds one reaction. */
    public void show(ScanReaction r) {
        kind.set(r.kind());
        message.set(r.message());
        at.set(clock.instant());
        shown.set(shown.get() + 1);
        sounds.play(r.kind());
    }

    /** Records a scan no screen expected (newest first, the last few kept). */
    public void unexpected(String description) {
        unexpected.add(0, description);
        if (unexpected.size() > KEEP_UNEXPECTED) {
            unexpected.remove(KEEP_UNEXPECTED, unexpected.size());
        }
    }

    public ReadOnlyObjectProperty<ScanReaction.Kind> kind() {
        return kind;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    /** Counts reactions shown: changes with every one, even two alike in the same instant. */
    public javafx.beans.property.ReadOnlyLongProperty shown() {
        return shown;
    }

    public ReadOnlyObjectProperty<Instant> at() {
        return at;
    }

    public ObservableList<String> unexpectedScans() {
        return unexpectedView;
    }
}
