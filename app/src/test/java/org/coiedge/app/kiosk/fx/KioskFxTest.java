package org.coiedge.app.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.coiedge.app.kiosk.KioskApp;
import org.coiedge.app.kiosk.KioskShell;
import org.coiedge.app.kiosk.TestKiosk;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Runs the real kiosk shell on a 1280x800 stage under Monocle (headless, see the app POM's
 * argLine) on real services: SQLite ledger and demo data in a temp folder, a virtual printer or
 * the Zebra emulator on a free loopback port, a test scanner. Screenshots go to
 * {@code target/screenshots}.
 */
abstract class KioskFxTest extends FxRobot {
    @TempDir
    Path dir;
    TestKiosk kiosk;
    KioskShell shell;
    final List<ScanReaction.Kind> sounds = new ArrayList<>();
    /** The sync monitor the next {@link #startKiosk} uses; null for "not configured". */
    org.coiedge.core.sync.SyncMonitor sync;

    void startKiosk(String printerUri) throws Exception {
        FxToolkit.registerPrimaryStage();
        kiosk = new TestKiosk(dir, printerUri, keys -> shell.typedKeys(keys), sync);
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            shell = new KioskShell(kiosk.services, kind -> sounds.add(kind), Platform::runLater, () -> { });
            Scene scene = new Scene(shell.root(), 1280, 800);
            scene.getStylesheets().add(KioskApp.class.getResource("kiosk.css").toExternalForm());
            shell.install(scene);
            stage.setScene(scene);
            stage.show();
        });
        kiosk.services.start();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopKiosk() throws Exception {
        if (shell != null) {
            FxToolkit.setupFixture(() -> shell.stop());
        }
        FxToolkit.cleanupStages();
        if (kiosk != null) {
            kiosk.services.close();
        }
    }

    /** Waits up to 10 s for {@code condition}, checked on the FX thread. */
    void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    String text(String query) {
        Node n = lookup(query).query();
        return ((Labeled) n).getText();
    }

    boolean showing(String query) {
        return lookup(query).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        }).orElse(false);
    }

    /** The ids of the home tiles shown. */
    java.util.List<String> tiles() {
        return lookup(".tile").queryAll().stream().map(Node::getId).sorted().collect(java.util.stream.Collectors.toList());
    }

    void scan(String text) {
        kiosk.scanner.scan(text);
    }

    void signIn(String badgeSuffix, String pin) {
        int before = sounds.size();
        scan(TestKiosk.badge(badgeSuffix));
        waitUntil("the badge scan is answered", () -> sounds.size() > before);
        waitUntil("the PIN keypad shows", () -> showing("#key-ok") && !lookup("#key-ok").query().isDisabled());
        for (char c : pin.toCharArray()) {
            clickOn("#key-" + c);
        }
        clickOn("#key-ok");
    }

    /** Saves the window as {@code target/screenshots/NAME.png}. */
    void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = WaitForAsyncUtils.asyncFx(() -> shell.root().getScene().snapshot(null)).get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            img.getPixelReader().getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        Path folder = Path.of(System.getProperty("coiedge.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }
}
