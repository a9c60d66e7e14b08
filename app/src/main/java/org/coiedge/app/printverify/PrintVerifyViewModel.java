package org.coiedge.app.printverify;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.coiedge.app.devices.printer.KioskPrinter;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanTarget;
import org.coiedge.app.printverify.LabelRecorder.Reprint;
import org.coiedge.app.printverify.LabelRecorder.ReprintReason;
import org.coiedge.core.auth.KioskFunction;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.scanner.Scan;
import org.coiedge.printer.job.PrintOutcome;
import org.coiedge.printer.png.PngRenderer;

/**
 * Label print-and-verify, shared by every workflow: preview, print, wait for the printer's
 * confirmation, then require a scan of the printed label. A scan equal to one of the label's
 * identifying bar codes verifies it ({@code LABEL_VERIFIED}); anything else voids it
 * ({@code LABEL_VOIDED}) and offers a reprint, which needs a reason and a role in
 * {@link KioskFunction#reprintRoles()} and is recorded with both. A job the printer could not
 * confirm is voided too (a label may exist). Nothing prints twice without the operator asking.
 *
 * <p>Threading: every public method runs on the UI thread. The print runs on the printer's
 * thread, ledger writes and the preview on {@code worker}; results come back through {@code ui}.
 */
public final class PrintVerifyViewModel implements ScanTarget {
    /** Where print-and-verify is. */
    public enum Step { PREVIEW, PRINTING, AWAIT_SCAN, VERIFIED, PRINT_FAILED, VOIDED, CHOOSE_REASON, RECORD_FAILED }

    private final KioskPrinter printer;
    private final LabelRecorder recorder;
    private final PngRenderer png;
    private final Supplier<StaffMember> operator;
    private final Messages m;
    private final Executor ui;
    private final Executor worker;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.PREVIEW);
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<byte[]> preview = new SimpleObjectProperty<>();
    private final BooleanProperty mayReprint = new SimpleBooleanProperty();
    private PrintRequest request;
    private int copy;
    private Reprint pendingReprint;

    public PrintVerifyViewModel(KioskPrinter printer, LabelRecorder recorder, PngRenderer png,
            Supplier<StaffMember> operator, Messages messages, Executor ui, Executor worker) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.png = Objects.requireNonNull(png, "png");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.m = Objects.requireNonNull(messages, "messages");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    /** The label as PNG bytes, once rendered. */
    public ReadOnlyObjectProperty<byte[]> preview() {
        return preview;
    }

    /** Whether the signed-in operator may authorise a reprint. */
    public ReadOnlyBooleanProperty mayReprint() {
        return mayReprint;
    }

    public PrintRequest request() {
        return request;
    }

    /** Starts with a new label: shows its preview and waits for Print. */
    public void start(PrintRequest r) {
        request = Objects.requireNonNull(r, "request");
        copy = 0;
        pendingReprint = null;
        preview.set(null);
        step.set(Step.PREVIEW);
        message.set(m.get("pv.preview", printer.name()));
        StaffMember op = operator.get();
        mayReprint.set(op != null && KioskFunction.reprintRoles().stream().anyMatch(op::has));
        CompletableFuture.supplyAsync(() -> png.png(r.label()), worker)
                .whenComplete((bytes, e) -> ui.execute(() -> {
                    if (r == request && bytes != null) {
                        preview.set(bytes);
                    }
                }));
    }

    /** Prints (from the preview, or again after a failure that printed nothing). */
    public void print() {
        if (step.get() != Step.PREVIEW && step.get() != Step.PRINT_FAILED) {
            return;
        }
        send();
    }

    /** Asks for a reprint after a voided label: the operator then picks a reason. */
    public void askReprint() {
        if (step.get() != Step.VOIDED) {
            return;
        }
        if (!mayReprint.get()) {
            message.set(m.get("pv.reprintNotAllowed"));
            return;
        }
        step.set(Step.CHOOSE_REASON);
        message.set(m.get("pv.chooseReason"));
    }

    /** Reprints for {@code reason}, authorised by the signed-in operator. */
    public void reprint(ReprintReason reason) {
        if (step.get() != Step.CHOOSE_REASON || !mayReprint.get()) {
            return;
        }
        pendingReprint = new Reprint(reason, operator.get());
        send();
    }

    private void send() {
        StaffMember op = operator.get();
        if (op == null) {
            return;
        }
        PrintRequest r = request;
        Reprint reprint = pendingReprint;
        step.set(Step.PRINTING);
        message.set(m.get("pv.printing", printer.name()));
        printer.print(r.label()).thenApplyAsync(outcome -> {
            if (outcome instanceof PrintOutcome.Printed) {
                copy++;
                return record(() -> recorder.printed(r, op, printer.name(), copy, reprint), outcome);
            }
            if (outcome instanceof PrintOutcome.Unconfirmed) {
                String why = "PRINT_NOT_CONFIRMED: " + ((PrintOutcome.Unconfirmed) outcome).reason();
                return record(() -> recorder.voided(r, op, printer.name(), why, null), outcome);
            }
            return outcome;
        }, worker).whenComplete((o, e) -> ui.execute(() -> printed(o, e)));
    }

    private void printed(Object o, Throwable e) {
        if (e != null || o instanceof Throwable) {
            recordFailed(e != null ? e : (Throwable) o);
            return;
        }
        pendingReprint = null;
        if (o instanceof PrintOutcome.Printed) {
            step.set(Step.AWAIT_SCAN);
            message.set(m.get("pv.scanPrinted"));
        } else if (o instanceof PrintOutcome.Failed) {
            step.set(Step.PRINT_FAILED);
            message.set(((PrintOutcome.Failed) o).message());
        } else {
            step.set(Step.VOIDED);
            message.set(m.get("pv.unconfirmed", ((PrintOutcome.Unconfirmed) o).message()));
        }
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        if (step.get() != Step.AWAIT_SCAN) {
            return ScanReaction.ignored(m.get("pv.scanNotNow"));
        }
        StaffMember op = operator.get();
        PrintRequest r = request;
        switch (LabelMatch.compare(r, scan.text())) {
            case MATCH:
                step.set(Step.PRINTING);
                message.set(m.get("pv.recording"));
                CompletableFuture.supplyAsync(() -> record(() -> recorder.verified(r, op, printer.name(), scan.text(),
                        scan.sourceId()), null), worker).whenComplete((o, e) -> ui.execute(() -> {
                            if (e != null || o instanceof Throwable) {
                                recordFailed(e != null ? e : (Throwable) o);
                            } else {
                                step.set(Step.VERIFIED);
                                message.set(m.get("pv.verified"));
                            }
                        }));
                return ScanReaction.accepted(m.get("pv.matchShort"));
            case NOT_IDENTIFYING:
                message.set(m.get("pv.notIdentifying"));
                return ScanReaction.ignored(m.get("pv.notIdentifying"));
            default:
                step.set(Step.PRINTING);
                CompletableFuture.supplyAsync(() -> record(() -> recorder.voided(r, op, printer.name(), "SCAN_MISMATCH",
                        scan.text()), null), worker).whenComplete((o, e) -> ui.execute(() -> {
                            if (e != null || o instanceof Throwable) {
                                recordFailed(e != null ? e : (Throwable) o);
                            } else {
                                step.set(Step.VOIDED);
                                message.set(m.get("pv.mismatch"));
                            }
                        }));
                return ScanReaction.rejected(m.get("pv.mismatchShort"));
        }
    }

    /** A ledger write; returns {@code result} when durable, or the exception when not. */
    private interface Write {
        Object run() throws Exception;
    }

    private static Object record(Write w, Object result) {
        try {
            w.run();
            return result;
        } catch (Exception e) {
            return e;
        }
    }

    private void recordFailed(Throwable e) {
        step.set(Step.RECORD_FAILED);
        message.set(m.get("pv.recordFailed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
}
