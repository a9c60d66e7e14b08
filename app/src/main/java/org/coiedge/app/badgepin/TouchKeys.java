package org.coiedge.app.badgepin;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import org.coiedge.app.kiosk.ui.Ui;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;

/**
 * On-screen keys for gloved hands (at least 64 px): the kiosk has no keyboard, and the keys a
 * person types on one come back through the wedge detector anyway. FX thread only.
 */
public final class TouchKeys {
    /** Digits 0-9. */
    public static final String DIGITS = "1234567890";
    /** Everything a DIN or COI and its check character K can hold (K may be '*'). */
    public static final String IDENTIFIER = "1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

    /** Key size in px: above the 48 px minimum for touch, small enough for 37 keys beside a form. */
    private static final double KEY = 58;

    private TouchKeys() {
    }

    /**
     * A grid of keys, {@code columns} wide, then a backspace key.
     *
     * @param idPrefix each key's id is {@code idPrefix + character} ({@code idPrefix + "back"} for backspace)
     */
    public static GridPane grid(String keys, int columns, String idPrefix, Consumer<Character> key, Runnable back) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        int i = 0;
        for (char c : keys.toCharArray()) {
            Button b = Ui.button(String.valueOf(c), null, idPrefix + (c == '*' ? "star" : String.valueOf(c)));
            b.getStyleClass().add("touch-key");
            b.setMinSize(KEY, KEY);
            b.setOnAction(e -> key.accept(c));
            g.add(b, i % columns, i / columns);
            i++;
        }
        Button bs = Ui.button("", MaterialDesignB.BACKSPACE_OUTLINE, idPrefix + "back");
        bs.getStyleClass().add("touch-key");
        bs.setMinSize(KEY, KEY);
        bs.setOnAction(e -> back.run());
        g.add(bs, i % columns, i / columns, Math.max(1, Math.min(2, columns - i % columns)), 1);
        return g;
    }
}
