package org.coiedge.app.kiosk.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.coiedge.app.devices.DeviceHealth;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small builders shared by the views: touch-sized buttons with icons, health style classes. */
public final class Ui {
    private Ui() {
    }

    /** A button at least 64 px high with an icon and a test id. */
    public static Button button(String text, Ikon icon, String id) {
        Button b = new Button(text);
        if (icon != null) {
            FontIcon fi = FontIcon.of(icon, 28);
            fi.getStyleClass().add("button-icon");
            b.setGraphic(fi);
        }
        b.setId(id);
        b.getStyleClass().add("touch");
        b.setMinHeight(64);
        b.setMinWidth(64);
        return b;
    }

    public static Label label(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }

    /** The style class of a health: {@code health-ok}, {@code health-warning}, ... */
    public static String healthClass(DeviceHealth h) {
        return "health-" + h.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Replaces any health style class of {@code node} with the one for {@code h}. */
    public static void setHealth(javafx.scene.Node node, DeviceHealth h) {
        node.getStyleClass().removeIf(c -> c.startsWith("health-"));
        node.getStyleClass().add(healthClass(h));
    }
}
