package org.coiedge.app.signin;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The sign-in screen: "scan your badge", then a large PIN keypad (96 px keys for gloved hands).
 * In demo mode a row of demo badges stands in for a scanner. FX thread only.
 */
public final class SignInView implements Screen {
    /** A demo badge button: the text shown and the scan it stands for. */
    public record DemoBadge(String label, String scanText) {
    }

    private final SignInViewModel vm;
    private final ScanRouter router;
    private final HBox root = new HBox(48);

    public SignInView(SignInViewModel vm, ScanRouter router, Messages m, List<DemoBadge> demoBadges,
            Consumer<String> demoScan) {
        this.vm = vm;
        this.router = router;
        root.setId("signin");
        root.getStyleClass().add("screen");
        root.setAlignment(Pos.CENTER);

        Label title = Ui.label(m.get("signin.title"), "screen-title");
        Label greeting = Ui.label("", "signin-greeting");
        greeting.setId("signin-greeting");
        greeting.textProperty().bind(vm.greeting());
        Label message = Ui.label("", "signin-message");
        message.setId("signin-message");
        message.textProperty().bind(vm.message());
        vm.tone().addListener((o, a, t) -> tone(message, t));
        tone(message, vm.tone().get());
        Label dots = Ui.label("", "pin-dots");
        dots.setId("pin-dots");
        vm.pinLength().addListener((o, a, n) -> dots.setText("\u25cf ".repeat(n.intValue()).trim()));
        VBox left = new VBox(16, title, greeting, message, dots);
        left.setAlignment(Pos.CENTER_LEFT);
        left.setMaxWidth(660);
        left.setMinWidth(600);
        if (!demoBadges.isEmpty()) {
            FlowPane demo = new FlowPane(8, 8);
            demo.setPrefWrapLength(640);
            demo.setId("demo-badges");
            for (DemoBadge b : demoBadges) {
                Button btn = Ui.button(b.label(), MaterialDesignB.BADGE_ACCOUNT_HORIZONTAL_OUTLINE, null);
                btn.getStyleClass().add("demo-badge");
                btn.setOnAction(e -> demoScan.accept(b.scanText()));
                demo.getChildren().add(btn);
            }
            left.getChildren().addAll(Ui.label(m.get("signin.demoBadges"), "demo-note"), demo);
        }
        VBox pad = keypad(m);
        pad.visibleProperty().bind(vm.step().isNotEqualTo(SignInViewModel.Step.WAIT_BADGE));
        root.getChildren().addAll(left, pad);
    }

    private VBox keypad(Messages m) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        for (int i = 1; i <= 9; i++) {
            grid.add(key(Character.forDigit(i, 10)), (i - 1) % 3, (i - 1) / 3);
        }
        Button back = Ui.button("", MaterialDesignB.BACKSPACE_OUTLINE, "key-back");
        back.getStyleClass().add("pin-key");
        back.setOnAction(e -> vm.backspace());
        grid.add(back, 0, 3);
        grid.add(key('0'), 1, 3);
        Button ok = Ui.button(m.get("signin.ok"), MaterialDesignC.CHECK_BOLD, "key-ok");
        ok.getStyleClass().addAll("pin-key", "accent");
        ok.setOnAction(e -> vm.submit());
        ok.disableProperty().bind(vm.step().isNotEqualTo(SignInViewModel.Step.ENTER_PIN));
        grid.add(ok, 2, 3);
        Button cancel = Ui.button(m.get("signin.cancel"), null, "signin-cancel");
        cancel.setOnAction(e -> vm.reset());
        VBox box = new VBox(16, grid, cancel);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Button key(char d) {
        Button b = Ui.button(String.valueOf(d), null, "key-" + d);
        b.getStyleClass().add("pin-key");
        b.setOnAction(e -> vm.digit(d));
        return b;
    }

    private static void tone(Label l, SignInViewModel.Tone t) {
        l.getStyleClass().removeAll("tone-info", "tone-problem");
        l.getStyleClass().add(t == SignInViewModel.Tone.PROBLEM ? "tone-problem" : "tone-info");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.reset();
        router.setTarget(vm);
    }

    @Override
    public void hidden() {
        router.clearTarget(vm);
        vm.reset();
    }
}
