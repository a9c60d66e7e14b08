package org.coiedge.app.kiosk.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The kiosk's words in the configured language ({@code org/coiedge/app/i18n/messages*.properties},
 * English and German). A key missing from a translation falls back to English; a key missing
 * everywhere shows as {@code !key!} so it is seen in review, never as a crash. Thread-safe.
 */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle("org.coiedge.app.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code args} put in its {0}, {1}, ... */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether {@code key} has a text. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
