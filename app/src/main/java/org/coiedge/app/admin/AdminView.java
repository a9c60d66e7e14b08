package org.coiedge.app.admin;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.coiedge.app.devices.printer.KioskPrinter;
import org.coiedge.app.kiosk.Cameras;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.app.status.StatusBarViewModel;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The administrator screen: printers (state, check, test label), scanners (states and a live scan
 * test), the camera (live preview with detected symbols), sync (state, retry), audit export and the
 * kiosk's only exit. Scans go to the scan test while it is shown. FX thread only.
 */
public final class AdminView implements Screen {
    private final AdminViewModel vm;
    private final ScanRouter router;
    private final Optional<CameraPreview> camera;
    private final ScrollPane root;

    public AdminView(AdminViewModel vm, StatusBarViewModel status, List<KioskPrinter> printers,
            Optional<Cameras.Camera> cam, ScanRouter router, Messages m, Runnable home, Runnable exit) {
        this.vm = vm;
        this.router = router;
        this.camera = cam.map(CameraPreview::new);
        VBox printerCard = card(m.get("admin.printers"));
        for (KioskPrinter p : printers) {
            Label state = Ui.label(status.devices().stream().filter(d -> d.id().equals("printer:" + p.id())).findFirst()
                    .map(org.coiedge.app.devices.DeviceState::message).orElse(p.state().message()), "admin-state");
            status.devices().addListener((javafx.collections.ListChangeListener<org.coiedge.app.devices.DeviceState>) c ->
                    status.devices().stream().filter(d -> d.id().equals("printer:" + p.id())).findFirst()
                            .ifPresent(d -> state.setText(d.message())));
            Button check = Ui.button(m.get("admin.check"), null, "admin-check-" + p.id());
            check.setOnAction(e -> p.checkNow());
            check.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Button test = Ui.button(m.get("admin.testLabel"), MaterialDesignP.PRINTER, "admin-test-" + p.id());
            test.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            test.setOnAction(e -> vm.testLabel(p));
            printerCard.getChildren().addAll(state, new HBox(12, check, test));
        }
        VBox scannerCard = card(m.get("admin.scanners"));
        Label scanners = Ui.label("", "admin-state");
        status.devices().addListener((javafx.collections.ListChangeListener<org.coiedge.app.devices.DeviceState>) c ->
                scanners.setText(describe(status)));
        scanners.setText(describe(status));
        Label last = Ui.label("", "admin-last-scan");
        last.setId("admin-last-scan");
        last.textProperty().bind(vm.lastScan());
        scannerCard.getChildren().addAll(scanners, Ui.label(m.get("admin.scanHint"), "hint"), last);
        VBox cameraCard = card(m.get("admin.camera"));
        cameraCard.getChildren().add(camera.<Node>map(c -> c).orElse(Ui.label(m.get("admin.noCamera"), "hint")));
        VBox syncCard = card(m.get("admin.sync"));
        Label sync = Ui.label("", "admin-state");
        sync.textProperty().bind(status.syncText());
        Button retry = Ui.button(m.get("admin.retrySync"), MaterialDesignS.SYNC, "admin-sync-retry");
        retry.setOnAction(e -> vm.retrySync());
        syncCard.getChildren().addAll(sync, retry);
        VBox auditCard = card(m.get("admin.audit"));
        Button export = Ui.button(m.get("admin.export"), MaterialDesignF.FILE_EXPORT, "admin-export");
        export.setOnAction(e -> vm.exportAudit());
        auditCard.getChildren().add(export);
        VBox aboutCard = card(m.get("admin.about"));
        Label about = Ui.label(vm.about(), "admin-state");
        about.setId("admin-about");
        aboutCard.getChildren().add(about);
        Button unable = Ui.button(m.get("admin.unableToScan"), MaterialDesignF.FILE_EXPORT, "admin-unable-to-scan");
        unable.setOnAction(e -> vm.exportUnableToScan());
        auditCard.getChildren().add(unable);

        Label result = Ui.label("", "admin-result");
        result.setId("admin-result");
        result.textProperty().bind(vm.result());
        Button back = Ui.button(m.get("nav.home"), null, "nav-home");
        back.setOnAction(e -> home.run());
        Button quit = Ui.button(m.get("admin.exit"), MaterialDesignE.EXIT_TO_APP, "admin-exit");
        quit.getStyleClass().add("danger");
        quit.setOnAction(e -> exit.run());
        FlowPane cards = new FlowPane(16, 16, printerCard, syncCard, auditCard, aboutCard, scannerCard, cameraCard);
        VBox content = new VBox(20, Ui.label(m.get("fn.administration"), "screen-title"), result, cards,
                new HBox(20, back, quit));
        content.setId("admin");
        content.getStyleClass().add("screen");
        content.setAlignment(Pos.TOP_LEFT);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
    }

    private static String describe(StatusBarViewModel status) {
        StringBuilder sb = new StringBuilder();
        for (var s : status.devices()) {
            if (s.kind() != org.coiedge.app.devices.DeviceState.Kind.PRINTER) {
                sb.append(s.name()).append(": ").append(s.message()).append('\n');
            }
        }
        return sb.toString().strip();
    }

    private static VBox card(String title) {
        VBox v = new VBox(12, Ui.label(title, "card-title"));
        v.getStyleClass().add("card");
        v.setPrefWidth(380);
        return v;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        router.setTarget(vm);
        camera.ifPresent(CameraPreview::start);
    }

    @Override
    public void hidden() {
        router.clearTarget(vm);
        camera.ifPresent(CameraPreview::stop);
    }
}
