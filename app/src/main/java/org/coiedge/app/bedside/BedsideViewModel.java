package org.coiedge.app.bedside;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coiedge.app.keyed.KeyedEntryViewModel;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanTarget;
import org.coiedge.app.badgepin.BadgePinViewModel;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.BagIdentity;
import org.coiedge.core.workflow.BagReader;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.WorkflowException;
import org.coiedge.core.workflow.WristbandFormat;
import org.coiedge.core.workflow.bedside.BedsideDecision;
import org.coiedge.core.workflow.bedside.BedsideFacts;
import org.coiedge.core.workflow.bedside.BedsideVerification;
import org.coiedge.core.workflow.bedside.Mismatch;
import org.coiedge.core.workflow.bedside.TreatmentOrder;
import org.coiedge.core.workflow.keyed.KeyedEntry;

/**
 * Bedside verification on the kiosk, over {@link BedsideVerification}: the signed-in nurse scans
 * the wristband and the bag; the kiosk decides; a second nurse signs in with badge + PIN and scans
 * both again; both sign ("Verified by", "Witnessed by", each with badge + PIN); the infusion is
 * started and completed with its volume. A mismatch is a hard stop: listed in the state machine's
 * own words, already recorded as MISMATCH_DETECTED, sounded through {@code alarm}, and nothing but
 * leaving is possible. A label that will not scan is keyed through {@link KeyedEntryViewModel}.
 *
 * <p>Threading: public methods on the UI thread. The state machine is used only on {@code worker}
 * (one thread: every ledger read and write happens there); results come back through {@code ui}.
 * The bag reader lives on the UI thread. While the worker decides, scans are set aside.
 */
public final class BedsideViewModel implements ScanTarget {
    /** Where the verification is, as the screen shows it. */
    public enum Phase { IDLE, WRISTBAND, BAG, SECOND_NURSE, SECOND_WRISTBAND, SECOND_BAG, SIGN_FIRST, SIGN_SECOND, START,
        COMPLETE, DONE, HARD_STOP }

    private final SiteContext site;
    private final BedsideFacts facts;
    private final EventSink sink;
    private final WristbandFormat wristbands;
    private final ScanParser parser;
    private final BedsideSigning signing;
    private final KeyedEntryViewModel keyed;
    private final Messages m;
    private final Consumer<ScanReaction> alarm;
    private final Executor ui;
    private final Executor worker;
    private final DateTimeFormatter hhmm;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final StringProperty patient = new SimpleStringProperty("");
    private final StringProperty bag = new SimpleStringProperty("");
    private final StringProperty volume = new SimpleStringProperty("");
    private final StringProperty recorded = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final LongProperty decisions = new SimpleLongProperty();
    private final ObservableList<String> mismatches = FXCollections.observableArrayList();
    private final ObservableList<String> mismatchesView = FXCollections.unmodifiableObservableList(mismatches);
    private final BagReader reader = new BagReader();
    private BedsideVerification verification;
    private Operator first;
    private Optional<TreatmentOrder> order = Optional.empty();

    /**
     * @param alarm shows and sounds a reaction that comes after the scan (the hard stop's rejected tone)
     */
    public BedsideViewModel(SiteContext site, BedsideFacts facts, EventSink sink, WristbandFormat wristbands,
            ScanParser parser, BadgePinViewModel signature, KeyedEntryViewModel keyed, Messages messages,
            Consumer<ScanReaction> alarm, Executor ui, Executor worker) {
        this.site = Objects.requireNonNull(site, "site");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.wristbands = Objects.requireNonNull(wristbands, "wristbands");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.keyed = Objects.requireNonNull(keyed, "keyed");
        this.m = Objects.requireNonNull(messages, "messages");
        this.alarm = Objects.requireNonNull(alarm, "alarm");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.hhmm = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH).withZone(site.zone());
        this.signing = new BedsideSigning(signature, messages, this);
    }

    /** Starts a new verification by the signed-in {@code nurse}; forgets any earlier one. */
    public void begin(StaffMember nurse) {
        abandon();
        first = operator(nurse);
        try {
            verification = new BedsideVerification(site, facts, sink, first);
        } catch (WorkflowException e) {
            say(e.getMessage(), true);
            return;
        }
        to(Phase.WRISTBAND, "");
    }

    /** Leaves without recording anything more (the screen was left, or the nurse cancelled). */
    public void abandon() {
        if (keyed.active()) {
            keyed.cancel();
        }
        signing.cancel();
        verification = null;
        reader.clear();
        order = Optional.empty();
        patient.set("");
        bag.set("");
        volume.set("");
        recorded.set("");
        mismatches.clear();
        busy.set(false);
        phase.set(Phase.IDLE);
        say("", false);
    }

    public ReadOnlyObjectProperty<Phase> phase() {
        return phase;
    }

    /** The latest answer or problem, in the state machine's words where it has any. */
    public ReadOnlyStringProperty message() {
        return message;
    }

    /** Whether {@link #message} is a problem (shown red). */
    public ReadOnlyBooleanProperty problem() {
        return problem;
    }

    public ReadOnlyStringProperty patient() {
        return patient;
    }

    public ReadOnlyStringProperty bag() {
        return bag;
    }

    public ReadOnlyStringProperty volume() {
        return volume;
    }

    /** What was recorded last, with its time (the verification, the start, the end, the mismatch). */
    public ReadOnlyStringProperty recorded() {
        return recorded;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    /** Counts decisions shown (each bag check, go or hard stop): the bench waits on it. */
    public ReadOnlyLongProperty decisions() {
        return decisions;
    }

    /** The hard stop's mismatches, one plain sentence each. */
    public ObservableList<String> mismatches() {
        return mismatchesView;
    }

    public BedsideSigning signing() {
        return signing;
    }

    public KeyedEntryViewModel keyed() {
        return keyed;
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        if (keyed.active()) {
            return keyed.onScan(scan);
        }
        if (signing.active()) {
            return signing.onScan(scan);
        }
        if (busy.get()) {
            return ScanReaction.ignored(m.get("bedside.busy"));
        }
        switch (phase.get()) {
            case WRISTBAND:
            case SECOND_WRISTBAND:
                return wristband(scan);
            case BAG:
            case SECOND_BAG:
                return bagScan(scan);
            default:
                return ScanReaction.ignored(m.get("bedside.scanNotNow"));
        }
    }

    @Override
    public void typed(String keys) {
        if (keyed.active()) {
            keyed.typed(keys);
        } else if (signing.active()) {
            signing.typed(keys);
        } else if (phase.get() == Phase.COMPLETE) {
            for (char c : keys.toCharArray()) {
                if (c == '\b') {
                    volumeBack();
                } else if (c == '\r' || c == '\n') {
                    complete();
                } else {
                    volumeKey(c);
                }
            }
        }
    }

    private ScanReaction wristband(Scan scan) {
        String id;
        try {
            id = wristbands.patientId(parser.decode(scan.text()));
        } catch (ScanDecodeException e) {
            return reject(m.get("bedside.unreadable"));
        } catch (WorkflowException e) {
            return reject(e.getMessage());
        }
        boolean second = phase.get() == Phase.SECOND_WRISTBAND;
        run(v -> {
            if (second) {
                return v.secondWristband(id).map(s -> (Object) s).orElse(id);
            }
            v.wristband(id, IdentifierProvenance.SCANNED);
            return facts.orderForPatient(id);
        }, out -> {
            if (out instanceof BedsideDecision.HardStop) {
                hardStop((BedsideDecision.HardStop) out);
            } else if (second) {
                to(Phase.SECOND_BAG, m.get("bedside.secondWristbandOk", id));
            } else {
                @SuppressWarnings("unchecked")
                Optional<TreatmentOrder> o = (Optional<TreatmentOrder>) out;
                order = o;
                patient.set(o.map(t -> m.get("bedside.patientOrder", id, t.orderId(), t.therapy(), t.coi().eyeReadable()))
                        .orElse(m.get("bedside.patientNoOrder", id)));
                to(Phase.BAG, "");
            }
        });
        return ScanReaction.accepted(m.get("bedside.wristbandRead", id));
    }

    private ScanReaction bagScan(Scan scan) {
        DecodedScan d;
        try {
            d = parser.decode(scan.text());
        } catch (ScanDecodeException e) {
            return reject(m.get("bedside.unreadable"));
        }
        try {
            if (reader.add(d) == BagReader.Progress.NEED_MORE) {
                showPartial();
                return ScanReaction.accepted(message.get());
            }
        } catch (WorkflowException e) {
            return reject(e.getMessage());
        }
        decide(reader.identity().orElseThrow());
        return ScanReaction.accepted(m.get("bedside.checking"));
    }

    private void showPartial() {
        bag.set(reader.din().map(x -> "DIN " + x.eyeReadable()).orElse("")
                + reader.coi().map(c -> "  COI " + c.eyeReadable()).orElse(""));
        say(m.get(reader.din().isPresent() ? "bedside.needCoi" : "bedside.needDin"), false);
    }

    private void decide(BagIdentity b) {
        boolean second = phase.get() == Phase.SECOND_BAG;
        bag.set(m.get(b.keyed() ? "bedside.bagKeyed" : "bedside.bagRead", b.din().eyeReadable(),
                b.coi().map(CoiId::eyeReadable).orElse("-")));
        reader.clear();
        run(v -> second ? v.secondBag(b) : v.bag(b), out -> {
            decisions.set(decisions.get() + 1);
            if (out instanceof BedsideDecision.HardStop) {
                hardStop((BedsideDecision.HardStop) out);
            } else if (second) {
                signing.askFirst(first);
                to(Phase.SIGN_FIRST, m.get("bedside.secondPassed"));
            } else {
                signing.askSecondNurse(first);
                to(Phase.SECOND_NURSE, m.get("bedside.firstPassed"));
            }
        });
    }

    private void hardStop(BedsideDecision.HardStop stop) {
        List<String> words = new ArrayList<>();
        for (Mismatch x : stop.mismatches()) {
            words.add(x.message());
        }
        signing.cancel();
        mismatches.setAll(words);
        recorded.set(stop.recorded().map(e -> m.get("bedside.mismatchRecorded", hhmm.format(e.content().occurredAt())))
                .orElse(m.get("bedside.mismatchNotRecorded")));
        say(m.get("bedside.hardStop"), true);
        alarm.accept(ScanReaction.rejected(m.get("bedside.hardStopShort")));
        phase.set(Phase.HARD_STOP);
    }

    /** The second nurse passed badge + PIN: the state machine checks who it is. */
    void secondNurseSignedIn(StaffMember s) {
        Operator second = operator(s);
        run(v -> {
            v.secondNurse(second);
            return second;
        }, out -> to(Phase.SECOND_WRISTBAND, m.get("bedside.secondNurseIn", second.printedName())));
    }

    /** Both signatures are in: ADMINISTRATION_VERIFIED is recorded. */
    void bothSigned() {
        run(BedsideVerification::sign, out -> {
            CustodyEvent e = (CustodyEvent) out;
            recorded.set(m.get("bedside.verifiedRecorded", hhmm.format(e.content().occurredAt())));
            to(Phase.START, m.get("bedside.signed"));
        });
    }

    void secondSignatureNeeded() {
        phase.set(Phase.SIGN_SECOND);
    }

    /** Start infusion: ADMINISTRATION_STARTED. */
    public void start() {
        if (phase.get() != Phase.START || busy.get()) {
            return;
        }
        run(BedsideVerification::start, out -> {
            recorded.set(m.get("bedside.startedRecorded", hhmm.format(((CustodyEvent) out).content().occurredAt())));
            to(Phase.COMPLETE, "");
        });
    }

    public void volumeKey(char c) {
        if (phase.get() == Phase.COMPLETE && c >= '0' && c <= '9' && volume.get().length() < 4) {
            volume.set(volume.get() + c);
        }
    }

    public void volumeBack() {
        if (!volume.get().isEmpty()) {
            volume.set(volume.get().substring(0, volume.get().length() - 1));
        }
    }

    /** Complete: ADMINISTRATION_COMPLETED with the volume given in millilitres. */
    public void complete() {
        if (phase.get() != Phase.COMPLETE || busy.get()) {
            return;
        }
        long ml = volume.get().isEmpty() ? 0 : Long.parseLong(volume.get());
        if (ml < 1 || ml > 2000) {
            say(m.get("bedside.volumeRange"), true);
            return;
        }
        run(v -> v.complete(Map.of("volumeMl", ml)), out -> {
            recorded.set(m.get("bedside.completedRecorded", ml, hhmm.format(((CustodyEvent) out).content().occurredAt())));
            to(Phase.DONE, m.get("bedside.done"));
        });
    }

    /** "Unable to scan" for the bag: keyed DIN or COI, confirmed by a second person. */
    public void unableToScan() {
        if (phase.get() != Phase.BAG && phase.get() != Phase.SECOND_BAG || busy.get() || keyed.active()) {
            return;
        }
        Optional<CoiId> context = reader.coi().or(() -> order.map(TreatmentOrder::coi));
        if (context.isEmpty()) {
            say(m.get("bedside.cannotKey"), true);
            return;
        }
        Operator keyer = phase.get() == Phase.BAG ? first : signing.second();
        keyed.start(new KeyedEntryViewModel.Request(reader.din().isPresent() ? KeyedEntry.Kind.COI : KeyedEntry.Kind.DIN,
                context.get(), keyer, this::keyedConfirmed, () -> say("", false)));
    }

    private void keyedConfirmed(KeyedEntry.Confirmed c) {
        try {
            BagReader.Progress p = c.din() != null ? reader.addKeyed(c.din()) : reader.addKeyed(c.coi());
            if (p == BagReader.Progress.NEED_MORE) {
                showPartial();
                return;
            }
        } catch (WorkflowException e) {
            say(e.getMessage(), true);
            return;
        }
        decide(reader.identity().orElseThrow());
    }

    /** One step of the state machine on the worker. */
    private interface Step {
        Object run(BedsideVerification v) throws Exception;
    }

    private void run(Step step, Consumer<Object> then) {
        BedsideVerification v = verification;
        if (v == null) {
            return;
        }
        busy.set(true);
        CompletableFuture.supplyAsync(() -> {
            try {
                return step.run(v);
            } catch (Exception e) {
                return e;
            }
        }, worker).whenComplete((out, t) -> ui.execute(() -> {
            if (v != verification) {
                return;
            }
            busy.set(false);
            if (t != null || out instanceof Exception) {
                Throwable e = t != null ? t : (Throwable) out;
                say(e instanceof WorkflowException ? e.getMessage() : m.get("bedside.failed", e.getMessage()), true);
                if (e instanceof WorkflowException && phase.get() == Phase.SECOND_NURSE) {
                    signing.askSecondNurse(first);
                }
                return;
            }
            then.accept(out);
        }));
    }

    private ScanReaction reject(String why) {
        say(why, true);
        return ScanReaction.rejected(why);
    }

    /** Says why, then moves: the phase changes last, so whoever watches it sees the step complete. */
    private void to(Phase p, String why) {
        say(why, false);
        phase.set(p);
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    static Operator operator(StaffMember s) {
        return new Operator(s.staffId(), s.name(), s.roles());
    }
}
