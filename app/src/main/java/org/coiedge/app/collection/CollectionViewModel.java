package org.coiedge.app.collection;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.kiosk.data.OrderRow;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanTarget;
import org.coiedge.app.printverify.PrintVerifyViewModel;
import org.coiedge.app.signature.SignatureViewModel;
import org.coiedge.app.signature.StepRunner;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.ledger.IdentifierBlocks;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WristbandFormat;
import org.coiedge.core.workflow.collection.Collection;

/**
 * The collection screen's state over {@link Collection}: wristband, patient and COI shown for
 * confirmation, DIN assigned, bag and tube labels each printed and scanned back through its own
 * print-and-verify (a voided label stays void until reprinted and verified; the collection cannot
 * go on without it), start, end and volume, and the technician's signature ("Collected by").
 * Workflow calls run on the worker through {@link StepRunner}; every refusal shows the workflow's
 * own words. UI thread only.
 */
public final class CollectionViewModel implements ScanTarget {
    /** Where the screen is. */
    public enum Stage { WRISTBAND, CONFIRM, LABELS, RECORD, SIGN, DONE }

    /** One label of the collection and its print-and-verify; {@code tube} is 0 for the bag label. */
    public record LabelTask(String title, int tube, PrintVerifyViewModel print) {
    }

    /** What the collection needs from the kiosk. */
    public record Deps(SiteContext site, KioskConfig.Site siteConfig, LedgerCollectionFacts facts,
            IdentifierBlocks blocks, EventSink sink, ScanParser parser, WristbandFormat wristband, int tubeLabels,
            Supplier<PrintVerifyViewModel> printVerify) {
    }

    private static final DateTimeFormatter HH_MM_Z = DateTimeFormatter.ofPattern("HH:mm zzz");

    private final Deps d;
    private final SignatureViewModel signature;
    private final Messages m;
    private final StepRunner runner;
    private final CollectionEntry entry = new CollectionEntry();
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.WRISTBAND);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final StringProperty patient = new SimpleStringProperty("");
    private final StringProperty identifiers = new SimpleStringProperty("");
    private final ObservableList<LabelTask> labels = FXCollections.observableArrayList();
    private Collection collection;
    private StaffMember technician;
    private OrderRow order;
    private CoiId coi;
    private Din din;

    public CollectionViewModel(Deps deps, SignatureViewModel signature, Messages messages, StepRunner runner) {
        this.d = Objects.requireNonNull(deps, "deps");
        this.signature = Objects.requireNonNull(signature, "signature");
        this.m = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    public ReadOnlyObjectProperty<Stage> stage() {
        return stage;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    public ReadOnlyBooleanProperty problem() {
        return problem;
    }

    /** Patient, order and therapy, once the wristband matched. */
    public ReadOnlyStringProperty patient() {
        return patient;
    }

    /** COI (new or reused) and DIN, as far as assigned. */
    public ReadOnlyStringProperty identifiers() {
        return identifiers;
    }

    public ObservableList<LabelTask> labels() {
        return labels;
    }

    public CollectionEntry entry() {
        return entry;
    }

    public SignatureViewModel signature() {
        return signature;
    }

    public ReadOnlyBooleanProperty busy() {
        return runner.busy();
    }

    /** Starts a new collection by {@code technician} (the signed-in user). */
    public void start(StaffMember technician) {
        this.technician = Objects.requireNonNull(technician, "technician");
        signature.cancel();
        labels.clear();
        entry.clear();
        order = null;
        coi = null;
        din = null;
        patient.set("");
        identifiers.set("");
        stage.set(Stage.WRISTBAND);
        try {
            collection = new Collection(d.site(), d.facts(), d.blocks(), d.sink(),
                    new Operator(technician.staffId(), technician.name(), technician.roles()), d.tubeLabels());
            say(m.get("col.scanWristband"), false);
        } catch (WorkflowException e) {
            collection = null;
            say(e.getMessage(), true);
        }
    }

    /** The next collection, by the same technician. */
    public void restart() {
        start(technician);
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        if (stage.get() == Stage.SIGN) {
            return signature.onScan(scan);
        }
        if (stage.get() != Stage.WRISTBAND || collection == null || runner.busy().get()) {
            return ScanReaction.ignored(m.get(stage.get() == Stage.LABELS ? "col.openLabel" : "col.scanNotNow"));
        }
        String patientId;
        try {
            patientId = d.wristband().patientId(d.parser().decode(scan.text()));
        } catch (WorkflowException | ScanDecodeException e) {
            say(e.getMessage(), true);
            return ScanReaction.rejected(e.getMessage());
        }
        Collection c = collection;
        runner.run(() -> {
            c.wristband(patientId, IdentifierProvenance.SCANNED);
            return new Identified(d.facts().awaiting(patientId).orElseThrow(), c.coi().orElseThrow(),
                    c.order().orElseThrow().coi().isPresent());
        }, id -> {
            order = id.row();
            coi = id.coi();
            patient.set(m.get("col.patient", order.patientName(), order.dateOfBirth().toString(), order.patientId(),
                    order.orderId(), order.therapy()));
            identifiers.set(m.get(id.reused() ? "col.coiReused" : "col.coiNew", coi.eyeReadable()));
            stage.set(Stage.CONFIRM);
            say(m.get("col.confirmPatient"), false);
        }, why -> say(why, true));
        return ScanReaction.accepted(m.get("col.wristbandRead", patientId));
    }

    private record Identified(OrderRow row, CoiId coi, boolean reused) {
    }

    @Override
    public void typed(String keys) {
        if (stage.get() == Stage.SIGN) {
            signature.typed(keys);
        }
    }

    /** The technician confirmed the patient: the DIN is taken from the leased block. */
    public void assignDin() {
        if (stage.get() != Stage.CONFIRM) {
            return;
        }
        Collection c = collection;
        runner.run(c::assignDin, e -> {
            din = e.content().dins().get(0);
            identifiers.set(identifiers.get() + "\n" + m.get("col.din", din.eyeReadable()));
            List<LabelTask> tasks = new ArrayList<>();
            tasks.add(task(m.get("col.bagLabel"), 0));
            for (int n = 1; n <= d.tubeLabels(); n++) {
                tasks.add(task(m.get("col.tubeLabel", n), n));
            }
            labels.setAll(tasks);
            stage.set(Stage.LABELS);
            say(m.get("col.printLabels"), false);
        }, why -> say(why, true));
    }

    private LabelTask task(String title, int tube) {
        PrintVerifyViewModel pv = d.printVerify().get();
        pv.start(tube == 0 ? CollectionLabels.bag(order, coi, din, d.siteConfig(), d.site().clock())
                : CollectionLabels.tube(order, coi, din, tube));
        LabelTask t = new LabelTask(title, tube, pv);
        pv.step().addListener((o, before, now) -> {
            if (now == PrintVerifyViewModel.Step.VERIFIED) {
                verified(t);
            }
        });
        return t;
    }

    private void verified(LabelTask t) {
        Collection c = collection;
        Din verifiedDin = t.print().request().subject().dins().get(0);
        // Reported once per label: queued, never dropped.
        runner.queue(() -> {
            if (t.tube() == 0) {
                c.bagLabelVerified(verifiedDin);
            } else {
                c.tubeLabelVerified(verifiedDin, t.tube());
            }
            return c.step();
        }, step -> {
            if (step == Collection.Step.RECORD) {
                stage.set(Stage.RECORD);
                say(m.get("col.enterTimes"), false);
            } else {
                say(m.get("col.labelVerified", t.title()), false);
            }
        }, why -> say(why, true));
    }

    /** Saves start, end and volume as entered; then the technician signs. */
    public void saveTimes() {
        if (stage.get() != Stage.RECORD) {
            return;
        }
        CollectionEntry.Values v;
        try {
            v = entry.values(d.site().zone(), d.site().clock().instant());
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        Collection c = collection;
        runner.run(() -> {
            c.record(v.start(), v.end(), v.volumeMl());
            return v;
        }, ok -> {
            stage.set(Stage.SIGN);
            say(m.get("col.sign"), false);
            signature.begin(m.get("col.collectedBy"), m.get("col.signWho"), this::signed);
        }, why -> say(why, true));
    }

    private void signed(Operator signer) {
        Collection c = collection;
        runner.run(() -> c.sign(signer), events -> {
            CustodyEvent done = events.get(events.size() - 1);
            stage.set(Stage.DONE);
            say(m.get("col.done", din.eyeReadable(), coi.eyeReadable(), done.content().payload().get("volumeMl"),
                    signer.printedName(), HH_MM_Z.format(done.content().signatures().get(0).signedAt()
                            .atZone(d.site().zone()))), false);
        }, why -> {
            say(why, true);
            signature.refuse(why);
        });
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }
}
