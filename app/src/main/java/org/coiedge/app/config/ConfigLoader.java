package org.coiedge.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.coiedge.app.config.KioskConfig.PrinterConfig;

/**
 * Reads and validates the kiosk configuration file (Java properties, UTF-8). Every key is
 * optional; a missing file means demo mode with the defaults. Every problem is collected, each
 * naming its key, so a technician fixes the file in one pass. Keys are listed in the README.
 * Stateless and thread-safe.
 */
public final class ConfigLoader {
    static final Set<String> LANGUAGES = Set.of("en", "de");

    private ConfigLoader() {
    }

    /** The configuration of a kiosk started without a file: demo mode with the defaults. */
    public static KioskConfig demoDefaults() {
        return ((ConfigResult.Valid) parse(new Properties(), "demo defaults")).config();
    }

    /** Reads {@code file}; an unreadable file is one problem naming the file. */
    public static ConfigResult load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return new ConfigResult.Invalid(file.toString(), List.of(new ConfigProblem("(file)",
                    "cannot be read (" + e.getMessage() + ") - check the path and that it is a properties file in UTF-8")));
        }
        return parse(p, file.toString());
    }

    /** Validates properties already read. */
    public static ConfigResult parse(Properties p, String source) {
        Keys k = new Keys(p);
        boolean demo = k.bool("mode.demo", !p.containsKey("site.fin"));
        KioskConfig.Site site = k.site();
        String device = k.text("device.name", "coi-edge kiosk");
        List<PrinterConfig> printers = k.printers();
        boolean wedge = k.bool("scanner.wedge", true);
        List<String> serial = k.list("scanner.serial");
        KioskConfig.CameraChoice camera = k.camera();
        var central = k.central();
        var signOut = k.seconds("timeout.sign-out-seconds", 120, 10, 3600);
        var confirm = k.seconds("timeout.print-confirm-seconds", 30, 5, 300);
        int failures = k.integer("lockout.failures", 5, 3, 10);
        var lockFor = k.seconds("lockout.minutes", 15, 1, 1440).multipliedBy(60);
        boolean sounds = k.bool("sounds", true);
        String language = k.text("language", "en").toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            k.problem("language", "'" + language + "' is not available - use one of " + new TreeSet<>(LANGUAGES));
        }
        boolean fullScreen = k.bool("kiosk.full-screen", true);
        KioskConfig.Workflows workflows = new KioskConfig.Workflows(k.wristband(),
                k.integer("collection.tube-labels", 2, 0, 20));
        k.unknownKeys();
        if (!k.problems.isEmpty()) {
            return new ConfigResult.Invalid(source, k.problems);
        }
        return new ConfigResult.Valid(source, new KioskConfig(demo, site, device, printers, wedge, serial, camera,
                central, signOut, confirm, new org.coiedge.core.auth.LockoutPolicy(failures, lockFor), sounds,
                Locale.forLanguageTag(language), fullScreen, workflows));
    }

    /** Problems as lines for standard error. */
    public static List<String> describe(ConfigResult.Invalid invalid) {
        List<String> lines = new ArrayList<>();
        lines.add("coi-edge: the configuration in " + invalid.source() + " has " + invalid.problems().size()
                + " problem(s); the kiosk did not start:");
        for (ConfigProblem problem : invalid.problems()) {
            lines.add("  " + problem);
        }
        return lines;
    }
}
