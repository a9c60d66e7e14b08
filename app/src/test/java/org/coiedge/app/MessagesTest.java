package org.coiedge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.coiedge.app.kiosk.i18n.Messages;
import org.junit.jupiter.api.Test;

class MessagesTest {
    @Test
    void germanShowsGermanWordsAndFallsBackToEnglishForKeysNotYetTranslated() {
        Messages de = new Messages(Locale.GERMAN);
        assertThat(de.get("signin.wrongPin", 4)).isEqualTo("Falsche PIN. Noch 4 falsche PINs sperren den Ausweis.");
        assertThat(de.get("admin.export")).isEqualTo("Export the ledger");
    }

    @Test
    void everyGermanKeyExistsInEnglishSoNoTranslationIsOrphaned() throws Exception {
        Properties en = load("messages.properties");
        Properties de = load("messages_de.properties");
        assertThat(en.stringPropertyNames()).containsAll(de.stringPropertyNames());
        assertThat(de.size()).isGreaterThan(30);
    }

    @Test
    void aMissingKeyShowsAsMarkedTextInsteadOfFailing() {
        assertThat(new Messages(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/coiedge/app/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
