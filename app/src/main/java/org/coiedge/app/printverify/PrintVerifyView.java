package org.coiedge.app.printverify;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.app.printverify.PrintVerifyViewModel.Step;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Print-and-verify: the label preview on the left; on the right the step, what to do, and only
 * the buttons that step allows. Subscribes to scans while shown. FX thread only.
 */
public final class PrintVerifyView implements Screen {
    private final PrintVerifyViewModel vm;
    private final ScanRouter router;
    private final HBox root = new HBox(32);

    public PrintVerifyView(PrintVerifyViewModel vm, ScanRouter router, Messages m, Runnable done) {
        this.vm = vm;
        this.router = router;
        root.setId("print-verify");
        root.getStyleClass().add("screen");
        ImageView preview = new ImageView();
        preview.setId("label-preview");
        preview.setFitWidth(520);
        preview.setFitHeight(520);
        preview.setPreserveRatio(true);
        vm.preview().addListener((o, a, png) -> preview.setImage(png == null ? null : new Image(new ByteArrayInputStream(png))));
        VBox previewBox = new VBox(preview);
        previewBox.getStyleClass().add("label-preview");

        Label title = Ui.label("", "screen-title");
        Label stepLabel = Ui.label("", "pv-step");
        stepLabel.setId("pv-step");
        Label message = Ui.label("", "pv-message");
        message.setId("pv-message");
        message.textProperty().bind(vm.message());

        Button print = Ui.button(m.get("pv.print"), MaterialDesignP.PRINTER, "pv-print");
        print.getStyleClass().add("accent");
        print.setOnAction(e -> vm.print());
        Button reprint = Ui.button(m.get("pv.reprint"), MaterialDesignP.PRINTER, "pv-reprint");
        reprint.setOnAction(e -> vm.askReprint());
        FlowPane reasons = new FlowPane(12, 12);
        reasons.setId("pv-reasons");
        for (LabelRecorder.ReprintReason r : LabelRecorder.ReprintReason.values()) {
            Button b = Ui.button(m.get("pv.reason." + r.name().toLowerCase(Locale.ROOT)), null,
                    "pv-reason-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            b.setOnAction(e -> vm.reprint(r));
            reasons.getChildren().add(b);
        }
        Button finish = Ui.button(m.get("pv.done"), MaterialDesignC.CHECK_BOLD, "pv-done");
        finish.setOnAction(e -> done.run());

        VBox side = new VBox(20, title, stepLabel, message, print, reprint, reasons, finish);
        side.setAlignment(Pos.TOP_LEFT);
        side.setMaxWidth(640);
        root.getChildren().addAll(previewBox, side);

        vm.step().addListener((o, a, s) -> {
            title.setText(vm.request() == null ? "" : vm.request().title());
            stepLabel.setText(m.get("pv.step." + s.name().toLowerCase(Locale.ROOT)));
            Ui.setHealth(stepLabel, s == Step.VERIFIED ? org.coiedge.app.devices.DeviceHealth.OK
                    : s == Step.VOIDED || s == Step.PRINT_FAILED || s == Step.RECORD_FAILED
                            ? org.coiedge.app.devices.DeviceHealth.FAULT : org.coiedge.app.devices.DeviceHealth.UNKNOWN);
            show(print, s == Step.PREVIEW || s == Step.PRINT_FAILED);
            print.setText(s == Step.PRINT_FAILED ? m.get("pv.printAgain") : m.get("pv.print"));
            show(reprint, s == Step.VOIDED);
            reprint.setDisable(!vm.mayReprint().get());
            show(reasons, s == Step.CHOOSE_REASON);
            show(finish, s == Step.VERIFIED || s == Step.VOIDED || s == Step.PRINT_FAILED || s == Step.RECORD_FAILED
                    || s == Step.PREVIEW);
            finish.setText(s == Step.VERIFIED ? m.get("pv.done") : m.get("pv.cancel"));
        });
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    /** Starts a label: call before showing the screen. */
    public void start(PrintRequest r) {
        vm.start(r);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        router.setTarget(vm);
    }

    @Override
    public void hidden() {
        router.clearTarget(vm);
    }
}
