package org.coiedge.app.kiosk.ui;

import javafx.scene.Node;

/**
 * One screen of the kiosk. {@link #shown()} is where it subscribes to scans and devices,
 * {@link #hidden()} where it lets go of them. FX thread only.
 */
public interface Screen {
    Node node();

    default void shown() {
    }

    default void hidden() {
    }
}
