package org.coiedge.app.home;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.ui.Screen;
import org.coiedge.app.kiosk.ui.Ui;
import org.coiedge.core.auth.KioskFunction;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The home screen: one large tile per function the user's roles allow. FX thread only. */
public final class HomeView implements Screen {
    private final VBox root = new VBox(24);
    private final FlowPane grid = new FlowPane(24, 24);

    public HomeView(HomeViewModel vm, Messages m, Consumer<KioskFunction> open) {
        root.setId("home");
        root.getStyleClass().add("screen");
        root.setAlignment(Pos.TOP_LEFT);
        grid.setId("home-tiles");
        root.getChildren().addAll(Ui.label(m.get("home.title"), "screen-title"), grid);
        vm.tiles().addListener((ListChangeListener<HomeViewModel.Tile>) c -> {
            grid.getChildren().clear();
            for (HomeViewModel.Tile t : vm.tiles()) {
                String key = "fn." + t.function().name().toLowerCase(Locale.ROOT);
                Button b = new Button(m.get(key) + (t.available() ? "" : "\n" + m.get("home.notYet")));
                b.setId("tile-" + t.function().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                b.getStyleClass().addAll("tile", t.available() ? "tile-ready" : "tile-later");
                b.setGraphic(FontIcon.of(icon(t.function()), 56));
                b.setContentDisplay(ContentDisplay.TOP);
                b.setDisable(!t.available());
                b.setOnAction(e -> open.accept(t.function()));
                grid.getChildren().add(b);
            }
        });
    }

    private static Ikon icon(KioskFunction f) {
        switch (f) {
            case COLLECTION:
                return MaterialDesignW.WATER;
            case BAG_LABEL:
                return MaterialDesignP.PRINTER;
            case COURIER_HANDOFF:
                return MaterialDesignT.TRUCK_DELIVERY;
            case RECEIPT:
                return MaterialDesignP.PACKAGE_DOWN;
            case BEDSIDE_VERIFICATION:
                return MaterialDesignB.BED;
            case COI_TIMELINE:
                return MaterialDesignT.TIMELINE_TEXT_OUTLINE;
            default:
                return MaterialDesignC.COG;
        }
    }

    @Override
    public Node node() {
        return root;
    }
}
