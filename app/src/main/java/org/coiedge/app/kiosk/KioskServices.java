package org.coiedge.app.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.coiedge.app.cli.ledger.DeviceKeys;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.config.KioskConfig.PrinterConfig;
import org.coiedge.app.config.KioskPaths;
import org.coiedge.app.devices.DeviceState;
import org.coiedge.app.devices.printer.FolderPrinterProbe;
import org.coiedge.app.devices.printer.KioskPrinter;
import org.coiedge.app.devices.printer.ZebraPrinterProbe;
import org.coiedge.app.devices.scanner.ScannerHub;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.app.kiosk.data.Personnel;
import org.coiedge.app.kiosk.demo.DemoData;
import org.coiedge.app.kiosk.demo.DemoSheet;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.core.auth.Authenticator;
import org.coiedge.core.auth.PinHasher;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scanner.KeyboardWedgeScanSource;
import org.coiedge.core.scanner.ScanSource;
import org.coiedge.core.scanner.WedgeSettings;
import org.coiedge.core.sync.SyncMonitor;
import org.coiedge.ledger.SqliteLedger;
import org.coiedge.printer.job.ConfirmedPrinter;
import org.coiedge.printer.job.VirtualLabelPrinter;
import org.coiedge.printer.job.ZebraLabelPrinter;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.zpl.ZplRenderer;

/**
 * Everything the kiosk runs on, built once from the configuration: the ledger and device key, the
 * staff directory and authenticator, the printers, the scanners and sync. No JavaFX here, so the
 * object graph is built and tested without a display. {@link #close()} stops the devices and
 * closes the ledger.
 */
public final class KioskServices implements AutoCloseable {
    public final KioskConfig config;
    public final KioskPaths paths;
    public final Clock clock;
    public final SqliteLedger ledger;
    public final String deviceId;
    public final Personnel personnel;
    public final Authenticator authenticator;
    public final List<KioskPrinter> printers;
    public final ScannerHub scanners;
    public final KeyboardWedgeScanSource wedge;
    public final SyncMonitor sync;
    public final Messages messages;
    public final ScanParser parser;
    /** Blocking work off the UI thread: PIN checks, ledger writes, previews. One named thread. */
    public final ExecutorService worker;

    private KioskServices(Builder b, SqliteLedger ledger, String deviceId, List<KioskPrinter> printers,
            ScannerHub scanners, KeyboardWedgeScanSource wedge) {
        this.config = b.config;
        this.paths = b.paths;
        this.clock = b.clock;
        this.ledger = ledger;
        this.deviceId = deviceId;
        this.personnel = new Personnel(ledger.referenceData());
        this.authenticator = new Authenticator(personnel, b.hasher, b.config.lockout(), b.clock,
                new org.coiedge.app.kiosk.data.FileLockoutStore(b.paths.dataDir().resolve("lockouts.properties")));
        this.printers = List.copyOf(printers);
        this.scanners = scanners;
        this.wedge = wedge;
        this.sync = b.sync != null ? b.sync : SyncFactory.create(b.config, ledger, b.paths.ledger(), b.paths.deviceKey(),
                b.clock);
        this.messages = new Messages(b.config.locale());
        this.parser = ScanParser.standard();
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kiosk-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** The orders in the reference data (for bag labels), in order id order. */
    public List<LabelOrder> orders() throws LedgerException {
        List<LabelOrder> out = new ArrayList<>();
        for (String row : new java.util.TreeMap<>(ledger.referenceData().rows(Dataset.ORDERS)).values()) {
            // Orders still awaiting their collection have no bag (no DIN) to label yet.
            org.coiedge.app.kiosk.data.OrderRow.fromRow(row).labelOrder().ifPresent(out::add);
        }
        return out;
    }

    /** Starts the devices: scanners listening, printers polled. */
    public void start() {
        scanners.start();
        for (KioskPrinter p : printers) {
            p.startPolling(Duration.ofSeconds(10));
        }
    }

    @Override
    public void close() {
        if (sync instanceof AutoCloseable) {
            try {
                ((AutoCloseable) sync).close();
            } catch (Exception e) {
                // the worker stops with the kiosk; what it had not sent stays in the outbox
            }
        }
        scanners.close();
        printers.forEach(KioskPrinter::close);
        worker.shutdownNow();
        ledger.close();
    }

    public static Builder builder(KioskConfig config, KioskPaths paths) {
        return new Builder(config, paths);
    }

    /** Builds the services; tests replace the clock, PIN hashing cost, printers, scan sources and sync. */
    public static final class Builder {
        private final KioskConfig config;
        private final KioskPaths paths;
        private Clock clock = Clock.systemUTC();
        private PinHasher hasher = new PinHasher();
        private final List<ScanSource> extraSources = new ArrayList<>();
        private SyncMonitor sync;
        private boolean cameras = true;

        private Builder(KioskConfig config, KioskPaths paths) {
            this.config = Objects.requireNonNull(config, "config");
            this.paths = Objects.requireNonNull(paths, "paths");
        }

        public Builder clock(Clock c) {
            clock = c;
            return this;
        }

        public Builder pinHasher(PinHasher h) {
            hasher = h;
            return this;
        }

        public Builder scanSource(ScanSource s) {
            extraSources.add(s);
            return this;
        }

        public Builder sync(SyncMonitor s) {
            sync = s;
            return this;
        }

        /** Whether to look for cameras (tests say no: the machine's camera is not theirs). */
        public Builder cameras(boolean on) {
            cameras = on;
            return this;
        }

        /** Opens the ledger (creating the data folder and device key), seeds demo data, builds the devices. */
        public KioskServices open(java.util.function.Consumer<String> typedKeys) throws LedgerException, java.io.IOException {
            Files.createDirectories(paths.dataDir());
            DeviceSigner signer = DeviceKeys.open(paths.ledger(), paths.deviceKey());
            SqliteLedger ledger = SqliteLedger.open(paths.ledger(), signer, clock,
                    org.coiedge.app.cli.VersionProvider.version());
            try {
                if (config.demo() && DemoData.seedIfEmpty(ledger.referenceData(), hasher, config.site(), clock)) {
                    List<LabelOrder> orders = new ArrayList<>();
                    List<org.coiedge.app.kiosk.data.OrderRow> awaiting = new ArrayList<>();
                    for (String row : new java.util.TreeMap<>(ledger.referenceData().rows(Dataset.ORDERS)).values()) {
                        org.coiedge.app.kiosk.data.OrderRow o = org.coiedge.app.kiosk.data.OrderRow.fromRow(row);
                        o.labelOrder().ifPresentOrElse(orders::add, () -> awaiting.add(o));
                    }
                    DemoSheet.write(paths.demoSheet(), config.site(), orders, awaiting);
                }
                if (config.demo()) {
                    org.coiedge.app.kiosk.demo.DemoWorkflows.leaseBlocks(ledger.identifierBlocks(), config.site(), clock);
                }
                ScannerHub hub = new ScannerHub(clock);
                KeyboardWedgeScanSource wedge = null;
                if (config.keyboardWedge()) {
                    wedge = new KeyboardWedgeScanSource("wedge:keyboard", WedgeSettings.defaults()
                            .withSubstitutions(java.util.Map.of("{GS}", "\u001d")), typedKeys);
                    hub.add(wedge, "Keyboard scanner", DeviceState.Kind.SCANNER);
                }
                for (String port : config.serialPorts()) {
                    hub.add(new org.coiedge.scanner.serial.SerialScanSource(
                            org.coiedge.scanner.serial.SerialSettings.of(port), clock), "Scanner " + port, DeviceState.Kind.SCANNER);
                }
                if (cameras) {
                    Cameras.addFirst(config.camera(), hub, clock);
                }
                for (ScanSource s : extraSources) {
                    hub.add(s, s.id(), DeviceState.Kind.SCANNER);
                }
                if (config.demo() && org.coiedge.app.kiosk.demo.DemoBedside.seedIfEmpty(ledger, ledger.referenceData(),
                        config.site(), signer.deviceId(), clock) && Files.exists(paths.demoSheet())) {
                    org.coiedge.app.kiosk.demo.DemoBedside.addToSheet(paths.demoSheet(), org.coiedge.app.kiosk.demo
                            .DemoBedside.order(ledger.referenceData()).orElseThrow(), config.site());
                }
                return new KioskServices(this, ledger, signer.deviceId(), printers(), hub, wedge);
            } catch (LedgerException | java.io.IOException | RuntimeException e) {
                ledger.close();
                throw e;
            }
        }

        private List<KioskPrinter> printers() {
            List<KioskPrinter> out = new ArrayList<>();
            for (PrinterConfig pc : config.printers()) {
                out.add(printer(pc, paths.labels(pc.id()), config.printConfirm(), clock));
            }
            return out;
        }
    }

    /** The kiosk printer for one configured printer. */
    public static KioskPrinter printer(PrinterConfig pc, Path labelFolder, Duration confirm, Clock clock) {
        Resolution res = Resolution.ofDpi(pc.dpi());
        if (pc.kind() == PrinterConfig.Kind.VIRTUAL) {
            return new KioskPrinter(pc.id(), pc.name(), new VirtualLabelPrinter(labelFolder, res),
                    new FolderPrinterProbe(labelFolder), clock);
        }
        String name = "Printer " + pc.name() + " at " + pc.address();
        var device = pc.device().orElseThrow();
        ConfirmedPrinter.Connector connector = () -> org.coiedge.printer.transport.PrinterConnections.open(device,
                Duration.ofSeconds(3));
        return new KioskPrinter(pc.id(), name, new ZebraLabelPrinter(new ZplRenderer(res),
                new ConfirmedPrinter(connector, Duration.ofSeconds(2), confirm, Duration.ofMillis(200))),
                new ZebraPrinterProbe(name, connector, Duration.ofSeconds(2)), clock);
    }
}
