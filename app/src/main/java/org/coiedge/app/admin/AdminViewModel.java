package org.coiedge.app.admin;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.devices.printer.KioskPrinter;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanDescriber;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanTarget;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.sync.SyncMonitor;
import org.coiedge.printer.job.PrintOutcome;
import org.coiedge.printer.label.Code128Element;
import org.coiedge.printer.label.Label;
import org.coiedge.printer.label.TemplateId;
import org.coiedge.printer.label.TextElement;

/**
 * The administrator screens' logic: test label per printer (not a custody label: no ledger event),
 * live scan test (every scan is described, never acted on), sync retry, audit export. Public
 * methods run on the UI thread; printing and exporting run on the printer's thread and the worker.
 */
public final class AdminViewModel implements ScanTarget {
    private static final TemplateId TEST = new TemplateId("test", 1);
    private final KioskConfig.Site site;
    private final Ledger ledger;
    private final String deviceId;
    private final java.nio.file.Path exports;
    private final SyncMonitor sync;
    private final ScanDescriber describer;
    private final Messages m;
    private final Clock clock;
    private final Executor ui;
    private final Executor worker;
    private final StringProperty lastScan = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");

    /** What the about card shows: the installed version, this device and its site. */
    public String about() {
        return "coi-edge " + org.coiedge.app.cli.VersionProvider.version() + "\nDevice " + deviceId + "\nSite "
                + site.name() + " (FIN " + site.fin().value() + ", " + site.zone().getId() + ")";
    }

    public AdminViewModel(KioskConfig.Site site, Ledger ledger, String deviceId, java.nio.file.Path exports,
            SyncMonitor sync, ScanDescriber describer, Messages m, Clock clock, Executor ui, Executor worker) {
        this.site = Objects.requireNonNull(site, "site");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
        this.exports = Objects.requireNonNull(exports, "exports");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.describer = Objects.requireNonNull(describer, "describer");
        this.m = Objects.requireNonNull(m, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    /** The last scan of the live scan test. */
    public ReadOnlyStringProperty lastScan() {
        return lastScan;
    }

    /** The outcome of the last administrator action, in words. */
    public ReadOnlyStringProperty result() {
        return result;
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        String what = describer.describe(scan.text());
        lastScan.set(m.get("admin.scanSeen", what, scan.sourceId(),
                DateTimeFormatter.ofPattern("HH:mm:ss").format(scan.receivedAt().atZone(site.zone()))));
        return ScanReaction.accepted(m.get("admin.scanTest", what));
    }

    /** Prints a test label (site, printer, time and a Code 128) on {@code p}. */
    public void testLabel(KioskPrinter p) {
        result.set(m.get("admin.testPrinting", p.name()));
        String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").format(clock.instant().atZone(site.zone()));
        Label label = new Label(TEST, 100, 50, List.of(
                TextElement.line(4, 3, "coi-edge TEST LABEL - NOT FOR USE", 4, TextElement.Weight.BOLD),
                TextElement.line(4, 10, site.name() + " (FIN " + site.fin().value() + ")", 3, TextElement.Weight.NORMAL),
                TextElement.line(4, 15, p.name() + "  " + when, 3, TextElement.Weight.NORMAL),
                new Code128Element(4, 22, "TEST" + site.fin().value(), 12)));
        p.print(label).whenComplete((o, e) -> ui.execute(() -> result.set(o instanceof PrintOutcome.Printed
                ? m.get("admin.testPrinted", p.name())
                : o instanceof PrintOutcome.Failed ? ((PrintOutcome.Failed) o).message()
                : o instanceof PrintOutcome.Unconfirmed ? ((PrintOutcome.Unconfirmed) o).message()
                : m.get("admin.testFailed", p.name()))));
    }

    public void retrySync() {
        sync.requestSync();
        result.set(m.get("admin.syncRequested", sync.status().state().name()));
    }

    /** Writes the supervisor's unable-to-scan report (CSV) to the exports folder, on the worker. */
    public void exportUnableToScan() {
        result.set(m.get("admin.exporting"));
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                var r = org.coiedge.app.keyed.UnableToScanReport.write(ledger, exports, clock);
                return m.get("admin.unableToScanDone", r.getValue(), r.getKey());
            } catch (Exception e) {
                return m.get("admin.exportFailed", e.getMessage());
            }
        }, worker).whenComplete((text, e) -> ui.execute(() -> result.set(text != null ? text
                : m.get("admin.exportFailed", e.getMessage()))));
    }

    public void exportAudit() {
        result.set(m.get("admin.exporting"));
        CompletableFuture.supplyAsync(() -> {
            try {
                var r = AuditExport.write(ledger, deviceId, exports, clock);
                return m.get("admin.exported", r.getValue(), r.getKey());
            } catch (Exception e) {
                return m.get("admin.exportFailed", e.getMessage());
            }
        }, worker).thenAccept(text -> ui.execute(() -> result.set(text)));
    }
}
