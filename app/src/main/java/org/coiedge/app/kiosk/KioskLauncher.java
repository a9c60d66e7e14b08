package org.coiedge.app.kiosk;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import javafx.application.Application;
import org.coiedge.app.config.ConfigLoader;
import org.coiedge.app.config.ConfigResult;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.config.KioskPaths;

/**
 * Starts the kiosk: reads and validates the configuration (none: demo mode), checks that there is
 * a display, then launches JavaFX. Every failure is one or a few lines on standard error and an
 * exit code, never a stack trace: 78 configuration problems, 69 no display, 70 JavaFX failed.
 */
public final class KioskLauncher {
    public static final int EXIT_NO_DISPLAY = 69;
    public static final int EXIT_CONFIG = 78;
    public static final int EXIT_FAILED = 70;

    private KioskLauncher() {
    }

    public static int launch(PrintStream err, Map<String, String> env) {
        KioskPaths paths = KioskPaths.resolve(env);
        ConfigResult result = paths.configFile().map(ConfigLoader::load)
                .orElseGet(() -> new ConfigResult.Valid("demo defaults", ConfigLoader.demoDefaults()));
        if (result instanceof ConfigResult.Invalid) {
            ConfigLoader.describe((ConfigResult.Invalid) result).forEach(err::println);
            return EXIT_CONFIG;
        }
        Optional<String> noDisplay = missingDisplay(env);
        if (noDisplay.isPresent()) {
            err.println(noDisplay.get());
            return EXIT_NO_DISPLAY;
        }
        KioskConfig config = ((ConfigResult.Valid) result).config();
        KioskApp.CONFIG.set(config);
        KioskApp.PATHS.set(paths);
        try {
            Application.launch(KioskApp.class);
        } catch (RuntimeException | LinkageError e) {
            err.println("coi-edge: the kiosk window could not be opened (" + describe(e) + ") - check the display and"
                    + " graphics drivers, or run a command: coi-edge --help");
            return EXIT_FAILED;
        }
        return KioskApp.EXIT_CODE.get();
    }

    /** On Linux JavaFX needs an X11 or Wayland display unless it runs headless (Monocle). */
    static Optional<String> missingDisplay(Map<String, String> env) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
        boolean monocle = "Monocle".equals(System.getProperty("glass.platform"));
        if (!linux || monocle || set(env.get("DISPLAY")) || set(env.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("coi-edge: no display to show the kiosk on (DISPLAY is not set) - start it in the kiosk's"
                + " graphical session, or give a command (coi-edge --help lists them)");
    }

    private static boolean set(String s) {
        return s != null && !s.isBlank();
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
