package org.coiedge.app.handoff;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.coiedge.app.kiosk.ui.Ui;

/** Small view pieces shared by the handoff and receipt screens. FX thread only. */
public final class WorkflowUi {
    private WorkflowUi() {
    }

    /** The workflow's message: large, red with white text when it reports a problem. */
    public static Label message(ObservableStringValue text, ObservableBooleanValue problem, String id) {
        Label l = Ui.label("", "wf-message");
        l.setId(id);
        l.textProperty().bind(text);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Runnable tone = () -> {
            l.getStyleClass().removeAll("tone-info", "tone-problem");
            l.getStyleClass().add(problem.get() ? "tone-problem" : "tone-info");
        };
        problem.addListener((o, a, p) -> tone.run());
        tone.run();
        return l;
    }

    /** A field of {@code codes}: shows its name and value; a tap selects it (outlined). */
    public static <F extends Enum<F>> Button codeField(CodeFields<F> codes, F f, String name, String id) {
        Button b = Ui.button("", null, id);
        b.getStyleClass().add("wf-field");
        Runnable refresh = () -> {
            String v = codes.value(f).get();
            b.setText(name + "\n" + (v.isEmpty() ? "-" : v));
            b.getStyleClass().remove("wf-selected");
            if (codes.selected().get() == f) {
                b.getStyleClass().add("wf-selected");
            }
        };
        codes.value(f).addListener((o, a, v) -> refresh.run());
        codes.selected().addListener((o, a, s) -> refresh.run());
        refresh.run();
        b.setOnAction(e -> codes.select(f));
        return b;
    }

    public static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
