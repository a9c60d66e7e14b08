package org.coiedge.app.kiosk.scan;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.ui.Ui;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The strip at the bottom: the last scan's reaction in its colour (green accepted, red rejected,
 * amber ignored) and words, and how many unexpected scans were set aside. FX thread only.
 */
public final class ScanFeedbackView extends HBox {
    public ScanFeedbackView(ScanFeedback model, Messages m) {
        super(16);
        setId("scan-feedback");
        getStyleClass().addAll("scan-feedback", "scan-none");
        setAlignment(Pos.CENTER_LEFT);
        Label text = Ui.label(m.get("feedback.ready"), "feedback-text");
        text.setId("scan-feedback-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setGraphic(FontIcon.of(MaterialDesignB.BARCODE_SCAN, 32));
        Label unexpected = Ui.label("", "feedback-unexpected");
        unexpected.setId("scan-unexpected");
        getChildren().addAll(text, unexpected);
        model.shown().addListener((o, a, b) -> {
            text.setText(model.message().get());
            ScanReaction.Kind k = model.kind().get();
            getStyleClass().removeIf(c -> c.startsWith("scan-"));
            getStyleClass().add("scan-" + k.name().toLowerCase(java.util.Locale.ROOT));
            text.setGraphic(FontIcon.of(k == ScanReaction.Kind.ACCEPTED ? MaterialDesignC.CHECK_BOLD
                    : k == ScanReaction.Kind.REJECTED ? MaterialDesignA.ALERT_CIRCLE : MaterialDesignB.BARCODE_SCAN, 32));
        });
        model.unexpectedScans().addListener((javafx.collections.ListChangeListener<String>) c -> unexpected.setText(
                model.unexpectedScans().isEmpty() ? "" : m.get("feedback.unexpected", model.unexpectedScans().size(),
                        model.unexpectedScans().get(0))));
    }
}
