package org.coiedge.app.keyed;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.coiedge.app.keyed.KeyedEntryViewModel.Step;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.app.badgepin.BadgePinPane;
import org.coiedge.app.badgepin.TouchKeys;
import org.coiedge.core.workflow.keyed.KeyedEntry;
import org.coiedge.core.workflow.keyed.UnableToScanReason;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The unable-to-scan panel: DIN or COI, the keyed characters in large type (the first entry is
 * never shown to the second person), the reasons, touch keys, and the second person's badge + PIN.
 * Embedded by a workflow screen while its {@link KeyedEntryViewModel} is active. FX thread only.
 */
public final class KeyedEntryView extends HBox {
    public KeyedEntryView(KeyedEntryViewModel vm, Messages m) {
        super(24);
        setId("keyed");
        getStyleClass().add("keyed-pane");
        Label title = Ui.label(m.get("keyed.title"), "card-title");
        Label message = Ui.label("", "keyed-message");
        message.setId("keyed-message");
        message.textProperty().bind(vm.message());

        Button din = Ui.button("DIN", null, "keyed-kind-din");
        din.setOnAction(e -> vm.kind(KeyedEntry.Kind.DIN));
        Button coi = Ui.button("COI", null, "keyed-kind-coi");
        coi.setOnAction(e -> vm.kind(KeyedEntry.Kind.COI));
        vm.kind().addListener((o, a, k) -> mark(din, coi, k));
        mark(din, coi, vm.kind().get());
        HBox kinds = new HBox(12, din, coi);
        showIn(kinds, vm, Step.KEY);

        Label value = Ui.label("", "keyed-value");
        value.setId("keyed-value");
        value.textProperty().bind(Bindings.createStringBinding(() -> grouped(vm.typed().get(), vm.kind().get()),
                vm.typed(), vm.kind()));
        Label hint = Ui.label("", "hint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> m.get("keyed.hint." + vm.kind().get().name()
                .toLowerCase(Locale.ROOT)), vm.kind()));

        javafx.scene.layout.GridPane reasons = new javafx.scene.layout.GridPane();
        reasons.setHgap(8);
        reasons.setVgap(8);
        for (UnableToScanReason r : UnableToScanReason.values()) {
            String id = r.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Button b = Ui.button(m.get("keyed.reason." + r.name().toLowerCase(Locale.ROOT)), null, "keyed-reason-" + id);
            b.setOnAction(e -> vm.reason(r));
            vm.reason().addListener((o, a, now) -> b.getStyleClass().remove("selected"));
            vm.reason().addListener((o, a, now) -> {
                if (now == r) {
                    b.getStyleClass().add("selected");
                }
            });
            b.setMaxWidth(Double.MAX_VALUE);
            reasons.add(b, r.ordinal() % 2, r.ordinal() / 2);
        }
        showIn(reasons, vm, Step.KEY);
        Label note = Ui.label("", "keyed-note");
        note.setId("keyed-note");
        note.textProperty().bind(Bindings.concat(m.get("keyed.note"), " ", vm.note(), "_"));
        note.visibleProperty().bind(vm.editingNote());
        note.managedProperty().bind(note.visibleProperty());

        var keys = TouchKeys.grid(TouchKeys.IDENTIFIER, 10, "keyed-key-", vm::key, vm::backspace);
        Button space = Ui.button(m.get("keyed.space"), null, "keyed-key-space");
        space.setOnAction(e -> vm.key(' '));
        space.visibleProperty().bind(vm.editingNote());
        space.managedProperty().bind(space.visibleProperty());
        VBox keyBox = new VBox(8, keys, space);
        keyBox.visibleProperty().bind(vm.step().isEqualTo(Step.KEY).or(vm.step().isEqualTo(Step.KEY_AGAIN)));
        keyBox.managedProperty().bind(keyBox.visibleProperty());

        Button next = Ui.button(m.get("keyed.next"), MaterialDesignA.ARROW_RIGHT_BOLD, "keyed-next");
        next.getStyleClass().add("accent");
        next.setOnAction(e -> vm.next());
        next.visibleProperty().bind(keyBox.visibleProperty());
        Button cancel = Ui.button(m.get("keyed.cancel"), MaterialDesignC.CLOSE, "keyed-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(16, next, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);

        BadgePinPane secondPerson = new BadgePinPane(vm.secondPerson(), m, "keyed-sign");
        VBox left = new VBox(12, title, message, kinds, hint, value, reasons, note);
        left.setPrefWidth(560);
        left.setMinWidth(480);
        VBox right = new VBox(12, keyBox, secondPerson, buttons);
        getChildren().addAll(left, right);
        visibleProperty().bind(vm.step().isNotEqualTo(Step.IDLE));
        managedProperty().bind(visibleProperty());
    }

    private static void showIn(javafx.scene.Node n, KeyedEntryViewModel vm, Step s) {
        n.visibleProperty().bind(vm.step().isEqualTo(s));
        n.managedProperty().bind(n.visibleProperty());
    }

    private static void mark(Button din, Button coi, KeyedEntry.Kind k) {
        din.getStyleClass().remove("selected");
        coi.getStyleClass().remove("selected");
        (k == KeyedEntry.Kind.DIN ? din : coi).getStyleClass().add("selected");
    }

    /** The keyed characters in the groups printed on the label: {@code A9999 25 000102 K}. */
    static String grouped(String raw, KeyedEntry.Kind kind) {
        int[] cuts = kind == KeyedEntry.Kind.DIN ? new int[] {5, 7, 13} : new int[] {2, 7, 9, 15};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            for (int c : cuts) {
                if (i == c) {
                    b.append(' ');
                }
            }
            b.append(raw.charAt(i));
        }
        return b.length() == 0 ? "_" : b.toString();
    }
}
