package org.coiedge.app.handoff;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import org.coiedge.app.kiosk.ui.Ui;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * An on-screen keyboard for short codes: digits, A-Z, '-', backspace; keys of 64 px. Each key
 * calls {@code key} with its character ('\b' for backspace). Ids {@code kb-X}. FX thread only.
 */
public final class CodeKeyboard extends GridPane {
    private static final String KEYS = "1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ-";

    public CodeKeyboard(Consumer<Character> key) {
        setHgap(6);
        setVgap(6);
        setId("code-keyboard");
        for (int i = 0; i < KEYS.length(); i++) {
            char c = KEYS.charAt(i);
            Button b = Ui.button(String.valueOf(c), null, "kb-" + c);
            b.getStyleClass().add("kb-key");
            b.setOnAction(e -> key.accept(c));
            add(b, i % 10, i / 10);
        }
        Button back = Ui.button("", MaterialDesignB.BACKSPACE_OUTLINE, "kb-back");
        back.getStyleClass().add("kb-key");
        back.setOnAction(e -> key.accept('\b'));
        add(back, KEYS.length() % 10, KEYS.length() / 10, 2, 1);
    }
}
