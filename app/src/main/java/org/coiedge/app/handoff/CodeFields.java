package org.coiedge.app.handoff;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Short codes entered at a workflow step (shipper id, temperature logger, seal number, storage
 * location): one field is selected; a scan, the on-screen keyboard or a keyboard fills it. Letters
 * are upper-cased; only A-Z, 0-9, '-', '.' and '/' are kept (what such labels carry). UI thread only.
 *
 * @param <F> the fields
 */
public final class CodeFields<F extends Enum<F>> {
    /** The longest code kept. */
    public static final int MAX_LENGTH = 40;

    private final Map<F, StringProperty> values;
    private final ObjectProperty<F> selected;

    public CodeFields(Class<F> fields) {
        values = new EnumMap<>(fields);
        for (F f : fields.getEnumConstants()) {
            values.put(f, new SimpleStringProperty(""));
        }
        selected = new SimpleObjectProperty<>(fields.getEnumConstants()[0]);
    }

    public ReadOnlyObjectProperty<F> selected() {
        return selected;
    }

    public ReadOnlyStringProperty value(F f) {
        return values.get(f);
    }

    public void select(F f) {
        selected.set(Objects.requireNonNull(f, "field"));
    }

    /** Replaces field {@code f} (a scan of its code). */
    public void set(F f, String text) {
        values.get(f).set(clean(text));
    }

    /** One key on the selected field: a character, or '\b' for backspace. */
    public void key(char c) {
        StringProperty p = values.get(selected.get());
        if (c == '\b') {
            if (!p.get().isEmpty()) {
                p.set(p.get().substring(0, p.get().length() - 1));
            }
        } else {
            p.set(clean(p.get() + c));
        }
    }

    public void clear() {
        values.values().forEach(p -> p.set(""));
    }

    static String clean(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.strip().toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '/') {
                b.append(c);
            }
        }
        return b.length() > MAX_LENGTH ? b.substring(0, MAX_LENGTH) : b.toString();
    }
}
