package org.coiedge.app.badgepin;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.app.badgepin.BadgePinViewModel.Step;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The badge + PIN signature panel: the meaning in large type ("Witnessed by"), who signs and why,
 * "scan your badge", then the PIN keys. Embedded by the workflow screens. FX thread only.
 */
public final class BadgePinPane extends VBox {
    public BadgePinPane(BadgePinViewModel vm, Messages m, String idPrefix) {
        super(12);
        setId(idPrefix);
        getStyleClass().add("signature-pane");
        Label meaning = Ui.label("", "signature-meaning");
        meaning.setId(idPrefix + "-meaning");
        meaning.textProperty().bind(vm.meaning());
        Label instruction = Ui.label("", "hint");
        instruction.textProperty().bind(vm.instruction());
        Label message = Ui.label("", "signature-message");
        message.setId(idPrefix + "-message");
        message.textProperty().bind(vm.message());
        Label dots = Ui.label("", "pin-dots");
        dots.setId(idPrefix + "-dots");
        vm.pinLength().addListener((o, a, n) -> dots.setText("\u25cf ".repeat(n.intValue()).trim()));
        var keys = TouchKeys.grid(TouchKeys.DIGITS, 3, idPrefix + "-key-", vm::digit, vm::backspace);
        Button ok = Ui.button(m.get("signin.ok"), MaterialDesignC.CHECK_BOLD, idPrefix + "-ok");
        ok.getStyleClass().add("accent");
        ok.setOnAction(e -> vm.submit());
        ok.disableProperty().bind(vm.step().isNotEqualTo(Step.ENTER_PIN));
        HBox pinRow = new HBox(16, keys, ok);
        pinRow.setAlignment(Pos.BOTTOM_LEFT);
        pinRow.visibleProperty().bind(vm.step().isEqualTo(Step.ENTER_PIN).or(vm.step().isEqualTo(Step.CHECKING)));
        pinRow.managedProperty().bind(pinRow.visibleProperty());
        getChildren().addAll(meaning, instruction, message, dots, pinRow);
        visibleProperty().bind(vm.step().isNotEqualTo(Step.IDLE));
        managedProperty().bind(visibleProperty());
    }
}
