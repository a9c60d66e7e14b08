package org.coiedge.printer.template;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.coiedge.printer.label.BoxElement;
import org.coiedge.printer.label.LabelElement;
import org.coiedge.printer.label.Rotation;
import org.coiedge.printer.label.TextElement;

/** Pieces of eye-readable text shared by the templates. */
final class LabelText {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm 'UTC'", Locale.ENGLISH);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private LabelText() {
    }

    /** Local time with the zone abbreviation, e.g. {@code 15 JAN 2017 15:15 EST}. */
    static String local(ZonedDateTime t) {
        return LOCAL.format(t).toUpperCase(Locale.ROOT);
    }

    /** The same instant in UTC in brackets, e.g. {@code (15 JAN 2017 20:15 UTC)}. */
    static String utc(ZonedDateTime t) {
        return "(" + UTC.format(t.withZoneSameInstant(ZoneOffset.UTC)).toUpperCase(Locale.ROOT) + ")";
    }

    /**
     * An identifier's eye-readable groups followed by its check character K in a box, and (for
     * the DIN) process flags printed rotated 90 degrees; check-value flags are never printed.
     */
    static List<LabelElement> identifier(double x, double y, String groups, char k, String rotatedFlag, double h) {
        double charWidth = h * 0.62;
        double kx = x + (groups.length() + 0.6) * charWidth;
        TextElement text = TextElement.line(x, y, groups, h, TextElement.Weight.BOLD);
        TextElement check = TextElement.line(kx + 0.5, y, String.valueOf(k), h, TextElement.Weight.BOLD);
        BoxElement box = new BoxElement(kx, y - 0.5, charWidth + 1.2, h + 1.0, 0.25);
        if (rotatedFlag == null) {
            return List.of(text, check, box);
        }
        TextElement flag = new TextElement(kx + charWidth + 2.0, y, rotatedFlag, h * 0.55,
                TextElement.Weight.NORMAL, Rotation.CLOCKWISE_90, 0, 1);
        return List.of(text, check, box, flag);
    }
}
