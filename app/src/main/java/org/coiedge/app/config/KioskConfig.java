package org.coiedge.app.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.coiedge.core.auth.LockoutPolicy;
import org.coiedge.core.isbt128.Fin;

/**
 * A validated kiosk configuration (see {@link ConfigLoader} for the file and its keys). Immutable.
 *
 * @param demo           true in demo mode: demo staff, patients and orders are seeded into the data folder
 * @param site           where the kiosk stands
 * @param deviceName     the name people see for this kiosk
 * @param printers       label printers, in the order the status bar shows them
 * @param keyboardWedge  whether keys typed into the kiosk window are watched for wedge-scanner bursts
 * @param serialPorts    serial scanners
 * @param camera         which camera scans labels
 * @param central        the central chain, empty when sync is not configured
 * @param signOutAfter   inactivity before automatic sign-out
 * @param printConfirm   how long to wait for a printer to confirm a label
 * @param lockout        wrong PINs before a badge locks, and for how long
 * @param sounds         whether scan feedback makes sounds
 * @param locale         the screen language
 * @param fullScreen     kiosk mode: full screen, no window chrome, exit only through the administrator screen
 */
public record KioskConfig(boolean demo, Site site, String deviceName, List<PrinterConfig> printers,
        boolean keyboardWedge, List<String> serialPorts, CameraChoice camera, Optional<Central> central,
        Duration signOutAfter, Duration printConfirm, LockoutPolicy lockout, boolean sounds, Locale locale,
        boolean fullScreen, Workflows workflows) {

    public KioskConfig {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(deviceName, "deviceName");
        printers = List.copyOf(printers);
        serialPorts = List.copyOf(serialPorts);
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(central, "central");
        Objects.requireNonNull(signOutAfter, "signOutAfter");
        Objects.requireNonNull(printConfirm, "printConfirm");
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(locale, "locale");
    }

    /**
     * How this site's workflows read and print: the format of its patient wristbands, and how many
     * tube (sample) labels a collection prints beside the bag label.
     */
    public record Workflows(org.coiedge.core.workflow.WristbandFormat wristband, int tubeLabels) {
        public Workflows {
            Objects.requireNonNull(wristband, "wristband");
            if (tubeLabels < 0 || tubeLabels > 20) {
                throw new IllegalArgumentException("tube labels must be 0-20: " + tubeLabels);
            }
        }
    }

    /** The site: ISBT 128 facility number, name and IANA time zone. */
    public record Site(Fin fin, String name, ZoneId zone) {
        public Site {
            Objects.requireNonNull(fin, "fin");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /**
     * One label printer: {@code virtual} (PNG + ZPL files in the data folder) or a Zebra reached over
     * TCP, a serial port or a USB printer device ({@code device}, as in the command line's
     * {@code --printer URI}).
     */
    public record PrinterConfig(String id, String name, Optional<org.coiedge.printer.transport.PrinterUri> device,
            int dpi) {
        /** How the kiosk reaches the printer. */
        public enum Kind { VIRTUAL, DEVICE }

        public PrinterConfig {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(device, "device");
        }

        public Kind kind() {
            return device.isEmpty() ? Kind.VIRTUAL : Kind.DEVICE;
        }

        /** Where the printer is, as people see it: {@code 10.0.0.5:9100}, {@code /dev/ttyUSB0} or {@code virtual}. */
        public String address() {
            if (device.isEmpty()) {
                return "virtual";
            }
            org.coiedge.printer.transport.PrinterUri u = device.get();
            if (u instanceof org.coiedge.printer.transport.PrinterUri.Tcp) {
                var t = (org.coiedge.printer.transport.PrinterUri.Tcp) u;
                return t.host() + ":" + t.port();
            }
            if (u instanceof org.coiedge.printer.transport.PrinterUri.Serial) {
                return ((org.coiedge.printer.transport.PrinterUri.Serial) u).settings().port().toString();
            }
            return ((org.coiedge.printer.transport.PrinterUri.Usb) u).device().toString();
        }
    }

    /** Which camera to scan with. */
    public record CameraChoice(Mode mode, int index) {
        /** None, the first one found, or the one at {@code index}. */
        public enum Mode { NONE, FIRST, INDEX }

        public static CameraChoice none() {
            return new CameraChoice(Mode.NONE, -1);
        }

        public static CameraChoice first() {
            return new CameraChoice(Mode.FIRST, 0);
        }
    }

    /** The central chain-of-identity server and the file holding this device's credentials. */
    public record Central(URI url, Optional<Path> credentialsFile) {
        public Central {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(credentialsFile, "credentialsFile");
        }
    }
}
