package org.coiedge.app.collection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The touch entry of a collection's start, end (24-hour HH:MM, as read from the apheresis device)
 * and volume (mL): the operator picks a field and types digits on the keypad. Times are today's
 * at the site; a time later than now is yesterday's (a collection that ran over midnight).
 * UI thread only; {@link #time} is a pure function.
 */
public final class CollectionEntry {
    /** The fields. */
    public enum Field { START, END, VOLUME }

    /** The entered values, resolved. */
    public record Values(Instant start, Instant end, long volumeMl) {
    }

    private final ObjectProperty<Field> selected = new SimpleObjectProperty<>(Field.START);
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final StringProperty volume = new SimpleStringProperty("");

    public ReadOnlyObjectProperty<Field> selected() {
        return selected;
    }

    /** The digits typed into {@code f} (times as HHMM). */
    public ReadOnlyStringProperty digits(Field f) {
        return property(f);
    }

    public void select(Field f) {
        selected.set(Objects.requireNonNull(f, "field"));
    }

    public void digit(char d) {
        StringProperty p = property(selected.get());
        if (d >= '0' && d <= '9' && p.get().length() < 4) {
            p.set(p.get() + d);
            if (selected.get() != Field.VOLUME && p.get().length() == 4) {
                select(selected.get() == Field.START ? Field.END : Field.VOLUME);
            }
        }
    }

    public void backspace() {
        StringProperty p = property(selected.get());
        if (!p.get().isEmpty()) {
            p.set(p.get().substring(0, p.get().length() - 1));
        }
    }

    public void clear() {
        start.set("");
        end.set("");
        volume.set("");
        select(Field.START);
    }

    /** HHMM digits shown as "HH:MM", with blanks still to type. */
    public static String shown(String digits) {
        String d = (digits + "____").substring(0, 4);
        return d.substring(0, 2) + ":" + d.substring(2);
    }

    /**
     * The values, or an {@link IllegalArgumentException} whose message says what to fix.
     * Plausibility (end after start, volume range) is the workflow's check.
     */
    public Values values(ZoneId zone, Instant now) {
        Instant s = time(start.get(), zone, now, "start");
        Instant e = time(end.get(), zone, now, "end");
        if (volume.get().isEmpty()) {
            throw new IllegalArgumentException("Enter the volume in mL.");
        }
        return new Values(s, e, Long.parseLong(volume.get()));
    }

    /** Today's {@code hhmm} at the site, or yesterday's when that is later than now (plus a minute). */
    public static Instant time(String hhmm, ZoneId zone, Instant now, String what) {
        if (hhmm.length() != 4) {
            throw new IllegalArgumentException("Enter the " + what + " time as 4 digits, HH MM.");
        }
        int h = Integer.parseInt(hhmm.substring(0, 2));
        int min = Integer.parseInt(hhmm.substring(2));
        if (h > 23 || min > 59) {
            throw new IllegalArgumentException("The " + what + " time " + shown(hhmm) + " is not a time of day.");
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        ZonedDateTime t = ZonedDateTime.of(today, LocalTime.of(h, min), zone);
        if (t.toInstant().isAfter(now.plusSeconds(60))) {
            t = ZonedDateTime.of(today.minusDays(1), LocalTime.of(h, min), zone);
        }
        return t.toInstant();
    }

    private StringProperty property(Field f) {
        switch (f) {
            case START:
                return start;
            case END:
                return end;
            default:
                return volume;
        }
    }
}
