package org.coiedge.app.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.coiedge.app.config.KioskConfig.CameraChoice;
import org.coiedge.app.config.KioskConfig.PrinterConfig;
import org.coiedge.core.isbt128.Fin;

/** Reads typed values from the configuration properties, collecting a problem per bad key. */
final class Keys {
    private static final Set<String> FIXED = Set.of("mode.demo", "site.fin", "site.name", "site.zone", "device.name",
            "printers", "scanner.wedge", "scanner.serial", "scanner.camera", "central.url", "central.credentials-file",
            "timeout.sign-out-seconds", "timeout.print-confirm-seconds", "lockout.failures", "lockout.minutes", "sounds",
            "language", "kiosk.full-screen", "site.wristband", "collection.tube-labels");
    private static final Set<String> PRINTER_KEYS = Set.of("uri", "dpi", "name");

    final List<ConfigProblem> problems = new ArrayList<>();
    private final Properties p;
    private final Set<String> used = new HashSet<>();

    Keys(Properties p) {
        this.p = p;
    }

    void problem(String key, String message) {
        problems.add(new ConfigProblem(key, message));
    }

    String raw(String key) {
        used.add(key);
        String v = p.getProperty(key);
        return v == null ? null : v.trim();
    }

    String text(String key, String fallback) {
        String v = raw(key);
        return v == null || v.isEmpty() ? fallback : v;
    }

    boolean bool(String key, boolean fallback) {
        String v = raw(key);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true": case "on": case "yes":
                return true;
            case "false": case "off": case "no":
                return false;
            default:
                problem(key, "'" + v + "' is not on/off - write true or false");
                return fallback;
        }
    }

    int integer(String key, int fallback, int min, int max) {
        String v = raw(key);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                problem(key, n + " is out of range - use " + min + " to " + max);
                return fallback;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(key, "'" + v + "' is not a whole number - use " + min + " to " + max);
            return fallback;
        }
    }

    Duration seconds(String key, int fallback, int min, int max) {
        return Duration.ofSeconds(integer(key, fallback, min, max));
    }

    List<String> list(String key) {
        String v = raw(key);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    KioskConfig.Site site() {
        String finText = text("site.fin", "A9999");
        Fin fin = Fin.of("A9999");
        try {
            fin = Fin.of(finText);
        } catch (IllegalArgumentException e) {
            problem("site.fin", e.getMessage() + " - use the site's ISBT 128 facility number, e.g. A9999");
        }
        String zoneText = text("site.zone", "America/New_York");
        ZoneId zone = ZoneId.of("America/New_York");
        try {
            zone = ZoneId.of(zoneText);
            if (!zoneText.contains("/")) {
                problem("site.zone", "'" + zoneText + "' is an offset, not a region - use an IANA zone such as Europe/Berlin"
                        + " so daylight saving time is right");
            }
        } catch (java.time.DateTimeException e) {
            problem("site.zone", "'" + zoneText + "' is not an IANA time zone - use one like America/New_York or Europe/Berlin");
        }
        return new KioskConfig.Site(fin, text("site.name", "coi-edge Demo Site"), zone);
    }

    List<PrinterConfig> printers() {
        List<String> ids = list("printers");
        if (ids.isEmpty()) {
            ids = List.of("label");
            if (p.getProperty("printer.label.uri") == null) {
                return List.of(new PrinterConfig("label", "Virtual label printer", Optional.empty(), 203));
            }
        }
        List<PrinterConfig> out = new ArrayList<>();
        for (String id : ids) {
            String prefix = "printer." + id + ".";
            String uri = text(prefix + "uri", "virtual");
            int dpi = integer(prefix + "dpi", 203, 203, 600);
            if (dpi != 203 && dpi != 300 && dpi != 600) {
                problem(prefix + "dpi", dpi + " is not a Zebra resolution - use 203, 300 or 600");
            }
            String name = text(prefix + "name", id);
            if ("virtual".equals(uri)) {
                out.add(new PrinterConfig(id, name, Optional.empty(), dpi));
                continue;
            }
            try {
                out.add(new PrinterConfig(id, name, Optional.of(org.coiedge.printer.transport.PrinterUri.parse(uri)), dpi));
            } catch (org.coiedge.printer.transport.InvalidPrinterUriException e) {
                problem(prefix + "uri", e.getMessage() + " (or virtual)");
            }
        }
        return out;
    }

    org.coiedge.core.workflow.WristbandFormat wristband() {
        String v = text("site.wristband", "isbt128-ds025").toLowerCase(Locale.ROOT);
        switch (v) {
            case "plain-mrn":
                return org.coiedge.core.workflow.WristbandFormat.PLAIN_MRN;
            case "gs1-gsrn":
                return org.coiedge.core.workflow.WristbandFormat.GS1_GSRN;
            case "isbt128-ds025":
                return org.coiedge.core.workflow.WristbandFormat.ISBT128_DS025;
            default:
                problem("site.wristband", "'" + v + "' is not a wristband format - use plain-mrn, gs1-gsrn or isbt128-ds025");
                return org.coiedge.core.workflow.WristbandFormat.ISBT128_DS025;
        }
    }

    CameraChoice camera() {
        String v = text("scanner.camera", "first");
        if ("none".equalsIgnoreCase(v)) {
            return CameraChoice.none();
        }
        if ("first".equalsIgnoreCase(v)) {
            return CameraChoice.first();
        }
        try {
            int i = Integer.parseInt(v);
            if (i >= 0) {
                return new CameraChoice(CameraChoice.Mode.INDEX, i);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        problem("scanner.camera", "'" + v + "' - use none, first, or the camera's number (0, 1, ...)");
        return CameraChoice.none();
    }

    Optional<KioskConfig.Central> central() {
        String url = raw("central.url");
        String credentials = raw("central.credentials-file");
        if (credentials != null && !credentials.isEmpty()) {
            problem("central.credentials-file", "is not used: the kiosk's credentials come from enrolment"
                    + " (coi-edge sync --db LEDGER --central URL --enrol CODE) and are kept in its device key store"
                    + " - remove this line");
            credentials = null;
        }
        if (url == null || url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI u = new URI(url);
            boolean local = "localhost".equals(u.getHost()) || "127.0.0.1".equals(u.getHost());
            if (!"https".equals(u.getScheme()) && !("http".equals(u.getScheme()) && local)) {
                problem("central.url", "'" + url + "' must use https:// (plain http only to localhost)");
                return Optional.empty();
            }
            return Optional.of(new KioskConfig.Central(u, Optional.ofNullable(credentials).filter(s -> !s.isEmpty()).map(Path::of)));
        } catch (URISyntaxException e) {
            problem("central.url", "'" + url + "' is not a URL like https://coi.example.org/api");
            return Optional.empty();
        }
    }

    void unknownKeys() {
        for (String key : p.stringPropertyNames()) {
            if (FIXED.contains(key) || used.contains(key)) {
                continue;
            }
            String[] parts = key.split("\\.");
            if (parts.length == 3 && "printer".equals(parts[0]) && PRINTER_KEYS.contains(parts[2])) {
                problem(key, "printer '" + parts[1] + "' is not listed in printers= - add it there or remove this key");
            } else {
                problem(key, "unknown key - check the spelling against the README's list of keys");
            }
        }
    }
}
