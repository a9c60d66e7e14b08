package org.coiedge.app.kiosk.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.coiedge.app.devices.DeviceHealth;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * A message over the current screen (a device fault's details, a confirmation), inside the kiosk
 * window: no extra window can hide behind a full-screen kiosk. FX thread only.
 */
public final class Overlay {
    private final StackPane host;
    private final StackPane layer = new StackPane();
    private final Label title = Ui.label("", "overlay-title");
    private final Label text = Ui.label("", "overlay-text");
    private final VBox card = new VBox(24);

    public Overlay(StackPane host, String closeText) {
        this.host = host;
        layer.getStyleClass().add("overlay");
        layer.setId("overlay");
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(760, 420);
        card.setPadding(new Insets(32));
        card.setAlignment(Pos.CENTER_LEFT);
        Button close = Ui.button(closeText, MaterialDesignC.CHECK_BOLD, "overlay-close");
        close.setOnAction(e -> hide());
        card.getChildren().addAll(title, text, close);
        layer.getChildren().add(card);
        layer.setOnMouseClicked(e -> {
            if (e.getTarget() == layer) {
                hide();
            }
        });
    }

    public void show(String heading, String message, DeviceHealth health) {
        title.setText(heading);
        text.setText(message);
        Ui.setHealth(card, health);
        if (!host.getChildren().contains(layer)) {
            host.getChildren().add(layer);
        }
    }

    public boolean isShowing() {
        return host.getChildren().contains(layer);
    }

    public void hide() {
        host.getChildren().remove(layer);
    }
}
