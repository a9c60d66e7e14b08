package org.coiedge.app.collection;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.coiedge.app.collection.CollectionViewModel.Stage;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanRouter;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.app.printverify.PrintVerifyView;
import org.coiedge.app.printverify.PrintVerifyViewModel;
import org.coiedge.app.signature.SignaturePad;
import org.coiedge.app.signin.SignInView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The collection screen: what to do and the workflow's answer on top, the patient and the
 * identifiers on the left, on the right only what the current stage allows. Each label opens its
 * own print-and-verify screen and comes back here. Takes scans while shown. FX thread only.
 */
public final class CollectionView implements Screen {
    private final CollectionViewModel vm;
    private final ScanRouter router;
    private final Messages m;
    private final Consumer<Screen> show;
    private final VBox root = new VBox(16);
    private final VBox labelList = new VBox(12);
    private final Map<PrintVerifyViewModel, PrintVerifyView> printScreens = new HashMap<>();

    /**
     * @param show   shows another screen (a label's print-and-verify) in the kiosk frame
     * @param home   leaves the collection
     */
    public CollectionView(CollectionViewModel vm, ScanRouter router, Messages m, List<SignInView.DemoBadge> demoBadges,
            Consumer<String> demoScan, Consumer<Screen> show, Runnable home) {
        this.vm = vm;
        this.router = router;
        this.m = m;
        this.show = show;
        root.setId("collection");
        root.getStyleClass().add("screen");
        Label message = Ui.label("", "wf-message");
        message.setId("col-message");
        message.textProperty().bind(vm.message());
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        vm.problem().addListener((o, a, p) -> problem(message, p));
        Label patient = Ui.label("", "wf-patient");
        patient.setId("col-patient");
        patient.textProperty().bind(vm.patient());
        Label ids = Ui.label("", "wf-ids");
        ids.setId("col-ids");
        ids.textProperty().bind(vm.identifiers());
        VBox facts = new VBox(16, patient, ids);
        facts.setMinWidth(340);
        facts.setMaxWidth(400);

        Label scanHint = Ui.label(m.get("col.scanWristbandBig"), "wf-big-hint");
        Button confirm = Ui.button(m.get("col.assignDin"), MaterialDesignC.CHECK_BOLD, "col-assign-din");
        confirm.getStyleClass().add("accent");
        confirm.setOnAction(e -> vm.assignDin());
        confirm.disableProperty().bind(vm.busy());
        VBox record = recordPanel();
        SignaturePad pad = new SignaturePad(vm.signature(), m, demoBadges, demoScan);
        Button next = Ui.button(m.get("col.next"), MaterialDesignP.PLUS, "col-next");
        next.setOnAction(e -> vm.restart());
        VBox stagePane = new VBox(16, scanHint, confirm, labelList, record, pad, next);
        HBox.setHgrow(stagePane, Priority.ALWAYS);
        HBox body = new HBox(32, facts, stagePane);
        VBox.setVgrow(body, Priority.ALWAYS);

        Button leave = Ui.button(m.get("nav.home"), MaterialDesignH.HOME, "col-home");
        leave.setOnAction(e -> home.run());
        root.getChildren().addAll(titleRow(Ui.label(m.get("fn.collection"), "screen-title"), leave), message, body);

        vm.labels().addListener((ListChangeListener<CollectionViewModel.LabelTask>) c -> labelRows());
        vm.stage().addListener((o, a, s) -> {
            vis(scanHint, s == Stage.WRISTBAND);
            vis(confirm, s == Stage.CONFIRM);
            vis(labelList, s == Stage.LABELS);
            vis(record, s == Stage.RECORD);
            vis(pad, s == Stage.SIGN);
            vis(next, s == Stage.DONE);
            leave.setText(s == Stage.WRISTBAND || s == Stage.DONE ? m.get("nav.home") : m.get("col.stop"));
        });
        for (Node n : List.of(confirm, labelList, record, pad, next)) {
            vis(n, false);
        }
    }

    private void labelRows() {
        labelList.getChildren().clear();
        for (CollectionViewModel.LabelTask t : vm.labels()) {
            Button b = Ui.button("", MaterialDesignP.PRINTER, "col-label-" + t.tube());
            b.getStyleClass().add("wf-row");
            b.setMaxWidth(Double.MAX_VALUE);
            Runnable refresh = () -> {
                PrintVerifyViewModel.Step s = t.print().step().get();
                b.setText(t.title() + " - " + m.get("col.label." + s.name().toLowerCase(Locale.ROOT)));
                Ui.setHealth(b, s == PrintVerifyViewModel.Step.VERIFIED ? org.coiedge.app.devices.DeviceHealth.OK
                        : s == PrintVerifyViewModel.Step.VOIDED || s == PrintVerifyViewModel.Step.PRINT_FAILED
                                ? org.coiedge.app.devices.DeviceHealth.FAULT : org.coiedge.app.devices.DeviceHealth.UNKNOWN);
                b.setDisable(s == PrintVerifyViewModel.Step.VERIFIED);
            };
            t.print().step().addListener((o, a, s) -> refresh.run());
            refresh.run();
            b.setOnAction(e -> show.accept(printScreens.computeIfAbsent(t.print(),
                    pv -> new PrintVerifyView(pv, router, m, () -> show.accept(this)))));
            labelList.getChildren().add(b);
        }
    }

    private VBox recordPanel() {
        CollectionEntry entry = vm.entry();
        VBox fields = new VBox(10);
        for (CollectionEntry.Field f : CollectionEntry.Field.values()) {
            String key = f.name().toLowerCase(Locale.ROOT);
            Button b = Ui.button("", null, "col-" + key);
            b.getStyleClass().add("wf-field");
            Runnable text = () -> b.setText(m.get("col.field." + key) + "\n" + (f == CollectionEntry.Field.VOLUME
                    ? (entry.digits(f).get().isEmpty() ? "___" : entry.digits(f).get()) + " mL"
                    : CollectionEntry.shown(entry.digits(f).get())));
            entry.digits(f).addListener((o, a, v) -> text.run());
            entry.selected().addListener((o, a, s) -> b.getStyleClass().removeAll("wf-selected"));
            entry.selected().addListener((o, a, s) -> {
                if (s == f) {
                    b.getStyleClass().add("wf-selected");
                }
            });
            if (f == CollectionEntry.Field.START) {
                b.getStyleClass().add("wf-selected");
            }
            text.run();
            b.setOnAction(e -> entry.select(f));
            fields.getChildren().add(b);
        }
        GridPane keys = new GridPane();
        keys.setHgap(10);
        keys.setVgap(10);
        for (int i = 1; i <= 9; i++) {
            keys.add(key(Character.forDigit(i, 10)), (i - 1) % 3, (i - 1) / 3);
        }
        Button back = Ui.button("", MaterialDesignB.BACKSPACE_OUTLINE, "col-key-back");
        back.getStyleClass().add("wf-key");
        back.setOnAction(e -> entry.backspace());
        keys.add(back, 0, 3);
        keys.add(key('0'), 1, 3);
        Button save = Ui.button(m.get("col.save"), MaterialDesignC.CHECK_BOLD, "col-save");
        save.getStyleClass().addAll("accent");
        save.setOnAction(e -> vm.saveTimes());
        save.disableProperty().bind(vm.busy());
        fields.getChildren().add(save);
        return new VBox(new HBox(24, keys, fields));
    }

    private Button key(char d) {
        Button b = Ui.button(String.valueOf(d), null, "col-key-" + d);
        b.getStyleClass().add("wf-key");
        b.setOnAction(e -> vm.entry().digit(d));
        return b;
    }

    private static void vis(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static void problem(Label l, boolean p) {
        l.getStyleClass().removeAll("tone-info", "tone-problem");
        l.getStyleClass().add(p ? "tone-problem" : "tone-info");
    }

    private static HBox titleRow(Label title, Button leave) {
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(16, title, gap, leave);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
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
