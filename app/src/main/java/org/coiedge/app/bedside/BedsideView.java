package org.coiedge.app.bedside;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.coiedge.app.bedside.BedsideViewModel.Phase;
import org.coiedge.app.keyed.KeyedEntryView;
import org.coiedge.app.kiosk.Session;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.app.badgepin.BadgePinPane;
import org.coiedge.app.badgepin.TouchKeys;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Bedside verification: on the left the step and what to do, the patient, the bag and the
 * signatures with their meaning; on the right only what the step allows (badge + PIN, Start
 * infusion, volume and Complete, Unable to scan). Keying takes the whole screen; a hard stop
 * takes the whole window ({@link HardStopView}). Subscribes to scans while shown; leaving the
 * screen abandons an unfinished verification. FX thread only.
 */
public final class BedsideView implements Screen {
    /** A demo-mode button standing in for a scan. */
    public record DemoScan(String label, String scanText) {
    }

    private final BedsideViewModel vm;
    private final ScanRouter router;
    private final Session session;
    private final StackPane root = new StackPane();

    public BedsideView(BedsideViewModel vm, ScanRouter router, Session session, Messages m, StackPane window,
            List<DemoScan> demo, java.util.function.Consumer<String> demoScan, Runnable home) {
        this.vm = vm;
        this.router = router;
        this.session = session;
        root.setId("bedside");
        root.getStyleClass().add("screen");

        Label title = Ui.label(m.get("bedside.title"), "screen-title");
        Label step = Ui.label("", "bedside-step");
        step.setId("bedside-step");
        step.textProperty().bind(Bindings.createStringBinding(() -> m.get("bedside.do."
                + vm.phase().get().name().toLowerCase(Locale.ROOT)), vm.phase()));
        Label message = Ui.label("", "bedside-message");
        message.setId("bedside-message");
        message.textProperty().bind(vm.message());
        vm.problem().addListener((o, a, p) -> tone(message, p));
        VBox patient = card(m.get("bedside.patient"), "bedside-patient", vm.patient());
        VBox bag = card(m.get("bedside.bag"), "bedside-bag", vm.bag());
        Label verified = Ui.label("", "signature-shown");
        verified.setId("bedside-verified-by");
        verified.textProperty().bind(vm.signing().verifiedBy());
        Label witnessed = Ui.label("", "signature-shown");
        witnessed.setId("bedside-witnessed-by");
        witnessed.textProperty().bind(vm.signing().witnessedBy());
        Label recorded = Ui.label("", "bedside-recorded");
        recorded.setId("bedside-recorded");
        recorded.textProperty().bind(vm.recorded());
        title.setWrapText(false);
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(24, title, step);
        HBox.setHgrow(step, javafx.scene.layout.Priority.ALWAYS);
        titleRow.setAlignment(Pos.TOP_LEFT);
        HBox cards = new HBox(12, patient, bag);
        VBox left = new VBox(10, message, cards, verified, witnessed, recorded);
        left.setPrefWidth(584);
        left.setMinWidth(584);
        left.setMaxWidth(584);
        FlowPane demoPane = new FlowPane(8, 8);
        if (!demo.isEmpty()) {
            demoPane.setId("bedside-demo");
            demoPane.getChildren().add(Ui.label(m.get("bedside.demo"), "demo-note"));
            for (DemoScan d : demo) {
                Button b = Ui.button(d.label(), MaterialDesignB.BARCODE_SCAN, null);
                b.getStyleClass().add("demo-badge");
                b.setMinHeight(48);
                b.setOnAction(e -> demoScan.accept(d.scanText()));
                demoPane.getChildren().add(b);
            }
        }

        BadgePinPane sign = new BadgePinPane(vm.signing().pad(), m, "bedside-sign");
        Button start = Ui.button(m.get("bedside.start"), MaterialDesignP.PLAY, "bedside-start");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> vm.start());
        only(start, vm, Phase.START);
        Label volume = Ui.label("", "bedside-volume");
        volume.setId("bedside-volume");
        volume.textProperty().bind(Bindings.concat(m.get("bedside.volume"), " ", vm.volume(), "_"));
        var volumeKeys = TouchKeys.grid(TouchKeys.DIGITS, 3, "bedside-vol-", vm::volumeKey, vm::volumeBack);
        Button complete = Ui.button(m.get("bedside.complete"), MaterialDesignC.CHECK_BOLD, "bedside-complete");
        complete.getStyleClass().add("accent");
        complete.setOnAction(e -> vm.complete());
        VBox completeBox = new VBox(12, volume, volumeKeys, complete);
        only(completeBox, vm, Phase.COMPLETE);
        Button unable = Ui.button(m.get("bedside.unableToScan"), MaterialDesignK.KEYBOARD, "bedside-unable");
        unable.visibleProperty().bind(vm.phase().isEqualTo(Phase.BAG).or(vm.phase().isEqualTo(Phase.SECOND_BAG)));
        unable.managedProperty().bind(unable.visibleProperty());
        Button cancel = Ui.button(m.get("bedside.cancel"), MaterialDesignC.CLOSE, "bedside-cancel");
        cancel.setOnAction(e -> home.run());
        cancel.textProperty().bind(Bindings.createStringBinding(() -> m.get(vm.phase().get() == Phase.DONE
                ? "bedside.home" : "bedside.cancel"), vm.phase()));
        cancel.visibleProperty().bind(vm.phase().isNotEqualTo(Phase.COMPLETE));
        unable.setOnAction(e -> vm.unableToScan());
        HBox nav = new HBox(16, unable, cancel);
        nav.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(16, sign, start, completeBox, nav);
        right.setAlignment(Pos.TOP_LEFT);

        HBox flow = new HBox(24, left, right);
        KeyedEntryView keyed = new KeyedEntryView(vm.keyed(), m);
        flow.visibleProperty().bind(keyed.visibleProperty().not());
        // A safety net on small screens; reset to the top at every step so nothing is found scrolled away.
        ScrollPane scroll = new ScrollPane(new StackPane(flow, keyed));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        vm.phase().addListener((o, a, p) -> scroll.setVvalue(0));
        vm.keyed().step().addListener((o, a, p) -> scroll.setVvalue(0));
        vm.signing().pad().step().addListener((o, a, p) -> scroll.setVvalue(0));
        demoPane.visibleProperty().bind(keyed.visibleProperty().not());
        demoPane.managedProperty().bind(demoPane.visibleProperty());
        javafx.scene.layout.BorderPane page = new javafx.scene.layout.BorderPane(scroll, titleRow, null, demoPane, null);
        javafx.scene.layout.BorderPane.setMargin(scroll, new javafx.geometry.Insets(8, 0, 8, 0));
        root.getChildren().add(page);
        new HardStopView(window, vm, m, home);
    }

    private static VBox card(String heading, String id, javafx.beans.value.ObservableStringValue text) {
        Label body = Ui.label("", "bedside-card-text");
        body.setId(id);
        body.textProperty().bind(text);
        VBox card = new VBox(4, Ui.label(heading, "card-title"), body);
        card.getStyleClass().add("card");
        return card;
    }

    private static void only(Node n, BedsideViewModel vm, Phase p) {
        n.visibleProperty().bind(vm.phase().isEqualTo(p));
        n.managedProperty().bind(n.visibleProperty());
    }

    private static void tone(Label l, boolean problem) {
        l.getStyleClass().removeAll("tone-info", "tone-problem");
        l.getStyleClass().add(problem ? "tone-problem" : "tone-info");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        session.current().ifPresent(vm::begin);
        router.setTarget(vm);
    }

    @Override
    public void hidden() {
        router.clearTarget(vm);
        vm.abandon();
    }
}
