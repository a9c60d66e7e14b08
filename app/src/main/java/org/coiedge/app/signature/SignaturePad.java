package org.coiedge.app.signature;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.app.signin.SignInView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The signature panel: the meaning in large type ("Collected by"), what to do, the PIN dots and a
 * keypad of 96 px keys. In demo mode a row of demo badges stands in for a scanner. Ids are
 * prefixed {@code sig-}. FX thread only.
 */
public final class SignaturePad extends VBox {
    public SignaturePad(SignatureViewModel vm, Messages m, List<SignInView.DemoBadge> demoBadges,
            Consumer<String> demoScan) {
        super(12);
        setId("sig-pad");
        getStyleClass().add("card");
        Label meaning = Ui.label("", "sig-meaning");
        meaning.setId("sig-meaning");
        meaning.textProperty().bind(vm.meaning());
        Label message = Ui.label("", "signin-message");
        message.setId("sig-message");
        message.textProperty().bind(vm.message());
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        vm.problem().addListener((o, a, p) -> tone(message, p));
        tone(message, vm.problem().get());
        Label dots = Ui.label("", "pin-dots");
        dots.setId("sig-dots");
        vm.pinLength().addListener((o, a, n) -> dots.setText("\u25cf ".repeat(n.intValue()).trim()));
        VBox left = new VBox(16, meaning, message, dots);
        left.setMinWidth(360);
        left.setMaxWidth(460);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int i = 1; i <= 9; i++) {
            grid.add(key(vm, Character.forDigit(i, 10)), (i - 1) % 3, (i - 1) / 3);
        }
        Button back = Ui.button("", MaterialDesignB.BACKSPACE_OUTLINE, "sig-key-back");
        back.getStyleClass().add("sig-key");
        back.setOnAction(e -> vm.backspace());
        grid.add(back, 0, 3);
        grid.add(key(vm, '0'), 1, 3);
        Button ok = Ui.button(m.get("sig.sign"), MaterialDesignC.CHECK_BOLD, "sig-ok");
        ok.getStyleClass().addAll("sig-key", "accent");
        ok.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ok.setOnAction(e -> vm.submit());
        ok.disableProperty().bind(vm.step().isNotEqualTo(SignatureViewModel.Step.ENTER_PIN));
        grid.add(ok, 2, 3);
        grid.visibleProperty().bind(vm.step().isEqualTo(SignatureViewModel.Step.ENTER_PIN)
                .or(vm.step().isEqualTo(SignatureViewModel.Step.CHECKING)));
        HBox top = new HBox(24, left, grid);
        top.setAlignment(Pos.TOP_LEFT);
        getChildren().add(top);
        if (!demoBadges.isEmpty()) {
            FlowPane demo = new FlowPane(8, 8);
            for (SignInView.DemoBadge b : demoBadges) {
                // The name only: the pad is narrower than the sign-in screen.
                Button btn = Ui.button(b.label().replaceFirst(" \\(.*\\)$", ""),
                        MaterialDesignB.BADGE_ACCOUNT_HORIZONTAL_OUTLINE, null);
                btn.getStyleClass().add("demo-badge");
                btn.setOnAction(e -> demoScan.accept(b.scanText()));
                demo.getChildren().add(btn);
            }
            getChildren().addAll(Ui.label(m.get("sig.demoBadges"), "demo-note"), demo);
        }
    }

    private static Button key(SignatureViewModel vm, char d) {
        Button b = Ui.button(String.valueOf(d), null, "sig-key-" + d);
        b.getStyleClass().add("sig-key");
        b.setOnAction(e -> vm.digit(d));
        return b;
    }

    private static void tone(Label l, boolean problem) {
        l.getStyleClass().removeAll("tone-info", "tone-problem");
        l.getStyleClass().add(problem ? "tone-problem" : "tone-info");
    }
}
