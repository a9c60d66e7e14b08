package org.coiedge.app.receipt;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.coiedge.app.handoff.BagScan;
import org.coiedge.app.handoff.CodeFields;
import org.coiedge.app.handoff.HandoffData;
import org.coiedge.app.handoff.UnitRows;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanTarget;
import org.coiedge.app.signature.SignatureViewModel;
import org.coiedge.app.signature.StepRunner;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.BagReader;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.handoff.Disposition;
import org.coiedge.core.workflow.handoff.Receipt;
import org.coiedge.core.workflow.handoff.Reconciliation;
import org.coiedge.core.workflow.handoff.UnitScan;

/**
 * The receipt screen's state over {@link Receipt}: pick a shipment addressed here, scan its units
 * against what was sent, accept, quarantine or reject each (a reason picked for the last two),
 * give the storage location, then the receiver signs ("Received custody") with badge and PIN.
 * Everything is recorded in one transaction at the signature. UI thread only; workflow calls on
 * the worker.
 */
public final class ReceiptViewModel implements ScanTarget {
    /** Where the screen is. */
    public enum Stage { CHOOSE, SCAN, SIGN, DONE }

    /** The one entered code. */
    public enum Field { LOCATION }

    /** Reasons to quarantine or reject, as buttons; the words go into the event. */
    public enum Reason { TEMPERATURE, DAMAGED, LABEL, SEAL, DOCUMENTS, EXPIRED }

    /** One unit line: its reconciliation state and the decision so far (null while undecided). */
    public record Line(UnitRows.Row row, Disposition decision, String reason) {
    }

    private static final DateTimeFormatter HH_MM_Z = DateTimeFormatter.ofPattern("HH:mm zzz");

    private final SiteContext site;
    private final HandoffData data;
    private final EventSink sink;
    private final ScanParser parser;
    private final SignatureViewModel signature;
    private final Messages m;
    private final StepRunner runner;
    private final BagReader reader = new BagReader();
    private final CodeFields<Field> location = new CodeFields<>(Field.class);
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.CHOOSE);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<HandoffData.Arrival> arrivals = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObjectProperty<Din> pending = new SimpleObjectProperty<>();
    private final Map<Din, Line> decided = new LinkedHashMap<>();
    private Disposition pendingDisposition;
    private Receipt receipt;
    private HandoffData.Arrival current;
    private Reconciliation last;
    private StaffMember receiver;

    public ReceiptViewModel(SiteContext site, HandoffData data, EventSink sink, ScanParser parser,
            SignatureViewModel signature, Messages messages, StepRunner runner) {
        this.site = Objects.requireNonNull(site, "site");
        this.data = Objects.requireNonNull(data, "data");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.parser = Objects.requireNonNull(parser, "parser");
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

    public ReadOnlyStringProperty title() {
        return title;
    }

    public ObservableList<HandoffData.Arrival> arrivals() {
        return arrivals;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    /** The unit waiting for a quarantine or reject reason, if any. */
    public ReadOnlyObjectProperty<Din> pendingReason() {
        return pending;
    }

    public CodeFields<Field> location() {
        return location;
    }

    public SignatureViewModel signature() {
        return signature;
    }

    public ReadOnlyBooleanProperty busy() {
        return runner.busy();
    }

    /** Lists the shipments addressed here; {@code user} receives (and later signs). */
    public void start(StaffMember user) {
        receiver = Objects.requireNonNull(user, "user");
        signature.cancel();
        receipt = null;
        current = null;
        last = null;
        decided.clear();
        lines.clear();
        location.clear();
        reader.clear();
        pending.set(null);
        title.set("");
        stage.set(Stage.CHOOSE);
        say(m.get("rc.choose"), false);
        runner.run(data::arrivals, arrivals::setAll, why -> say(why, true));
    }

    public void choose(HandoffData.Arrival arrival) {
        if (stage.get() != Stage.CHOOSE || arrival.received()) {
            return;
        }
        try {
            receipt = new Receipt(site, arrival.shipment().manifest(), sink, new Operator(receiver.staffId(),
                    receiver.name(), receiver.roles()));
        } catch (WorkflowException e) {
            say(e.getMessage(), true);
            return;
        }
        current = arrival;
        var mf = arrival.shipment().manifest();
        title.set(m.get("rc.title", mf.shipmentId(), mf.coi().eyeReadable(), mf.from().name()));
        stage.set(Stage.SCAN);
        refresh(receipt.reconciliation());
        say(m.get("rc.scanUnits"), false);
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        if (stage.get() == Stage.SIGN) {
            return signature.onScan(scan);
        }
        if (stage.get() != Stage.SCAN) {
            return ScanReaction.ignored(m.get("rc.scanNotNow"));
        }
        BagScan s = BagScan.read(scan.text(), parser, reader);
        if (s instanceof BagScan.Refused || s instanceof BagScan.Shipper) {
            String why = s instanceof BagScan.Refused ? ((BagScan.Refused) s).message() : m.get("rc.shipperNotNeeded");
            say(why, s instanceof BagScan.Refused);
            return s instanceof BagScan.Refused ? ScanReaction.rejected(why) : ScanReaction.ignored(why);
        }
        if (s instanceof BagScan.Partial) {
            say(((BagScan.Partial) s).message(), false);
            return ScanReaction.accepted(((BagScan.Partial) s).message());
        }
        if (s instanceof BagScan.Code) {
            location.set(Field.LOCATION, ((BagScan.Code) s).text());
            say(m.get("rc.locationRead", location.value(Field.LOCATION).get()), false);
            return ScanReaction.accepted(location.value(Field.LOCATION).get());
        }
        Receipt r = receipt;
        BagScan.Bag bag = (BagScan.Bag) s;
        runner.queue(() -> new Scanned(r.scanUnit(bag.identity()), r.reconciliation()), out -> {
            refresh(out.reconciliation());
            say(m.get("ho.unit." + out.result().name().toLowerCase(java.util.Locale.ROOT),
                    bag.identity().din().eyeReadable()), out.result() != UnitScan.ACCEPTED);
        }, why -> say(why, true));
        return ScanReaction.accepted(m.get("ho.bagRead", bag.identity().din().eyeReadable()));
    }

    private record Scanned(UnitScan result, Reconciliation reconciliation) {
    }

    @Override
    public void typed(String keys) {
        if (stage.get() == Stage.SIGN) {
            signature.typed(keys);
        } else if (stage.get() == Stage.SCAN) {
            for (char c : keys.toCharArray()) {
                location.key(c == 0x7f ? '\b' : c);
            }
        }
    }

    /** Accepts {@code din}, or asks for the reason to quarantine or reject it. */
    public void decide(Din din, Disposition d) {
        if (stage.get() != Stage.SCAN) {
            return;
        }
        if (d == Disposition.ACCEPT) {
            apply(din, d, null);
        } else {
            pendingDisposition = d;
            pending.set(din);
            say(m.get("rc.whyReason", m.get("rc.disposition." + d.name().toLowerCase(java.util.Locale.ROOT)),
                    din.eyeReadable()), false);
        }
    }

    /** The reason for the pending quarantine or rejection. */
    public void reason(Reason why) {
        Din din = pending.get();
        if (din == null) {
            return;
        }
        pending.set(null);
        apply(din, pendingDisposition, m.get("rc.reason." + why.name().toLowerCase(java.util.Locale.ROOT)));
    }

    private void apply(Din din, Disposition d, String reason) {
        Receipt r = receipt;
        runner.run(() -> {
            r.decide(din, d, reason);
            return d;
        }, ok -> {
            decided.put(din, new Line(null, d, reason));
            refresh(last);
            say(m.get("rc.decided", din.eyeReadable(), m.get("rc.disposition." + d.name().toLowerCase(
                    java.util.Locale.ROOT))), false);
        }, why -> say(why, true));
    }

    /** The receiver checked that a bag scanned twice is one bag scanned again. */
    public void sameBag(Din din) {
        Receipt r = receipt;
        runner.run(() -> {
            r.confirmSameBag(din);
            return r.reconciliation();
        }, rec -> {
            refresh(rec);
            say(m.get("ho.sameBag", din.eyeReadable()), false);
        }, why -> say(why, true));
    }

    /** An unexpected bag was put aside: it is not part of this receipt. */
    public void putAside(Din din) {
        Receipt r = receipt;
        runner.run(() -> {
            r.removeExtra(din);
            return r.reconciliation();
        }, rec -> {
            refresh(rec);
            say(m.get("ho.putAside", din.eyeReadable()), false);
        }, why -> say(why, true));
    }

    /** Checks nothing blocks, then asks the receiver to sign. */
    public void signReceipt() {
        if (stage.get() != Stage.SCAN) {
            return;
        }
        Receipt r = receipt;
        String where = location.value(Field.LOCATION).get();
        runner.run(() -> {
            if (!where.isEmpty()) {
                r.storeAt(where);
            }
            return new ArrayList<>(r.problems());
        }, (List<String> blocking) -> {
            if (!blocking.isEmpty()) {
                say(m.get("ho.blocked", String.join("\n", blocking)), true);
                return;
            }
            stage.set(Stage.SIGN);
            say(m.get("rc.sign"), false);
            signature.begin(m.get("ho.receivedCustody"), m.get("rc.signWho", receiver.name()), this::signed);
        }, why -> say(why, true));
    }

    private void signed(Operator signer) {
        Receipt r = receipt;
        runner.run(() -> r.sign(signer), (List<CustodyEvent> events) -> {
            stage.set(Stage.DONE);
            CustodyEvent received = events.get(0);
            say(m.get("rc.done", received.content().dins().size(), events.size(), signer.printedName(),
                    HH_MM_Z.format(received.content().signatures().get(0).signedAt().atZone(site.zone()))), false);
        }, why -> {
            say(why, true);
            signature.refuse(why);
        });
    }

    private void refresh(Reconciliation r) {
        last = r;
        List<Line> out = new ArrayList<>();
        for (UnitRows.Row row : UnitRows.of(current.shipment().manifest(), r)) {
            Line d = decided.get(row.din());
            out.add(new Line(row, d == null ? null : d.decision(), d == null ? null : d.reason()));
        }
        lines.setAll(out);
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }
}
