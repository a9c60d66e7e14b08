package org.coiedge.app.kiosk;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.config.KioskPaths;
import org.coiedge.app.kiosk.scan.Sounds;
import org.coiedge.app.kiosk.scan.ToneSounds;

/**
 * The JavaFX application. Started only through {@link KioskLauncher} (a shaded jar cannot start a
 * class that extends {@code Application} directly), which hands over the configuration first.
 * In kiosk mode the window is full screen, undecorated, cannot be closed or left with Escape:
 * the administrator screen's Exit is the only way out.
 */
public final class KioskApp extends Application {
    static final AtomicReference<KioskConfig> CONFIG = new AtomicReference<>();
    static final AtomicReference<KioskPaths> PATHS = new AtomicReference<>();
    static final AtomicInteger EXIT_CODE = new AtomicInteger();

    private KioskServices services;
    private KioskShell shell;
    private ToneSounds tones;
    private volatile boolean exitAllowed;

    @Override
    public void start(Stage stage) {
        KioskConfig config = CONFIG.get();
        AtomicReference<KioskShell> shellRef = new AtomicReference<>();
        try {
            services = KioskServices.builder(config, PATHS.get()).open(keys -> {
                KioskShell sh = shellRef.get();
                if (sh != null) {
                    sh.typedKeys(keys);
                }
            });
        } catch (Exception e) {
            System.err.println("coi-edge: the kiosk cannot open its data in " + PATHS.get().dataDir() + ": " + e.getMessage());
            EXIT_CODE.set(70);
            Platform.exit();
            return;
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Sounds sounds = Sounds.MUTED;
        if (config.sounds()) {
            tones = new ToneSounds();
            sounds = tones;
        }
        shell = new KioskShell(services, sounds, Platform::runLater, this::exitKiosk);
        shellRef.set(shell);
        Scene scene = new Scene(shell.root(), 1280, 800);
        scene.getStylesheets().add(KioskApp.class.getResource("kiosk.css").toExternalForm());
        shell.install(scene);
        stage.setTitle("coi-edge - " + config.site().name());
        stage.setScene(scene);
        if (config.fullScreen()) {
            stage.initStyle(StageStyle.UNDECORATED);
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            // Monocle (embedded framebuffer, or headless) has no window manager: a window already fills
            // its one screen, and asking for full screen before the window has focus fails there.
            if (!"Monocle".equals(System.getProperty("glass.platform"))) {
                stage.setFullScreen(true);
            } else {
                stage.setX(0);
                stage.setY(0);
            }
            stage.setOnCloseRequest(e -> {
                if (!exitAllowed) {
                    e.consume();
                }
            });
        }
        services.start();
        if (Boolean.getBoolean(READY_PROPERTY)) {
            reportReadyAfterFirstPulse(stage, scene);
        }
        stage.show();
    }

    /** System property: print {@link #READY_LINE} once the first screen is laid out and taking input. */
    public static final String READY_PROPERTY = "coiedge.reportReady";
    /** The line printed on standard output, followed by the JVM's uptime in milliseconds. */
    public static final String READY_LINE = "coi-edge: kiosk ready, JVM uptime ms ";

    private static void reportReadyAfterFirstPulse(Stage stage, Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // Posted behind the first pulse: by the time it runs the FX thread is idle and takes input.
            Platform.runLater(() -> {
                if (!stage.isShowing()) {
                    return; // the window failed to open: not ready, whatever the pulse says
                }
                System.out.println(READY_LINE + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.flush();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void exitKiosk() {
        exitAllowed = true;
        Platform.exit();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.stop();
        }
        if (tones != null) {
            tones.close();
        }
        if (services != null) {
            services.close();
        }
    }
}
