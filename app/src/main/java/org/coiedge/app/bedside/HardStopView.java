package org.coiedge.app.bedside;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.ui.Ui;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/**
 * The hard stop: the one screen of its kind in the kiosk, so it is never dismissed out of habit.
 * Red over the whole window (status bar included), each mismatch in the state machine's plain
 * words, that it is recorded, what to do, and a single button that only closes it: there is no
 * override. Shown while the verification is in {@code HARD_STOP}. FX thread only.
 */
public final class HardStopView {
    private final StackPane host;
    private final StackPane layer = new StackPane();

    public HardStopView(StackPane host, BedsideViewModel vm, Messages m, Runnable acknowledged) {
        this.host = host;
        layer.setId("hard-stop");
        layer.getStyleClass().add("hard-stop");
        FontIcon icon = FontIcon.of(MaterialDesignH.HAND_BACK_LEFT, 96);
        icon.getStyleClass().add("hard-stop-icon");
        Label title = Ui.label(m.get("bedside.hardStop"), "hard-stop-title");
        title.setId("hard-stop-title");
        VBox list = new VBox(10);
        list.setId("hard-stop-mismatches");
        vm.mismatches().addListener((ListChangeListener<String>) c -> {
            list.getChildren().clear();
            for (String s : vm.mismatches()) {
                list.getChildren().add(Ui.label("\u2022 " + s, "hard-stop-mismatch"));
            }
        });
        Label recorded = Ui.label("", "hard-stop-text");
        recorded.setId("hard-stop-recorded");
        recorded.textProperty().bind(vm.recorded());
        Label what = Ui.label(m.get("bedside.hardStopWhat"), "hard-stop-text");
        Button ack = Ui.button(m.get("bedside.hardStopAck"), null, "hard-stop-ack");
        ack.getStyleClass().add("hard-stop-ack");
        ack.setOnAction(e -> acknowledged.run());
        VBox box = new VBox(20, icon, title, list, recorded, what, ack);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(1100);
        box.setPadding(new Insets(40));
        layer.getChildren().add(box);
        vm.phase().addListener((o, a, p) -> show(p == BedsideViewModel.Phase.HARD_STOP));
    }

    private void show(boolean on) {
        if (on && !host.getChildren().contains(layer)) {
            host.getChildren().add(layer);
        } else if (!on) {
            host.getChildren().remove(layer);
        }
    }
}
