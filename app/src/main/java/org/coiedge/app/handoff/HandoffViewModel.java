package org.coiedge.app.handoff;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
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
import org.coiedge.app.kiosk.data.ShipmentRow;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanTarget;
import org.coiedge.app.signature.SignatureViewModel;
import org.coiedge.app.signature.StepRunner;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.BagReader;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.handoff.CourierHandoff;
import org.coiedge.core.workflow.handoff.CourierHandoff.Direction;
import org.coiedge.core.workflow.handoff.Reconciliation;
import org.coiedge.core.workflow.handoff.UnitScan;

/**
 * The courier handoff screen's state over {@link CourierHandoff}: pick a shipment from or to this
 * site (pickup or delivery follows), scan every bag and the shipper, enter logger and seal, then
 * the releasing person signs and the person taking custody signs, each with their own badge and
 * PIN. The unit list is live; any difference blocks signing and lists what is missing or extra;
 * nothing is recorded until both have signed. UI thread only; workflow calls on the worker.
 */
public final class HandoffViewModel implements ScanTarget {
    /** Where the screen is. */
    public enum Stage { CHOOSE, SCAN, SIGN_RELEASE, SIGN_TAKE, DONE }

    /** The entered codes. */
    public enum Field { SHIPPER, LOGGER, SEAL }

    /** A shipment on offer, and whether it was already handed over here in its direction. */
    public record Offer(ShipmentRow shipment, Direction direction, boolean handedOver) {
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
    private final CodeFields<Field> codes = new CodeFields<>(Field.class);
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.CHOOSE);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty problem = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final ObservableList<UnitRows.Row> units = FXCollections.observableArrayList();
    private CourierHandoff handoff;
    private Offer current;

    public HandoffViewModel(SiteContext site, HandoffData data, EventSink sink, ScanParser parser,
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

    /** The shipment, its direction and the other party. */
    public ReadOnlyStringProperty title() {
        return title;
    }

    /** "1 of 2 scanned" and the counts of what blocks. */
    public ReadOnlyStringProperty summary() {
        return summary;
    }

    public ObservableList<Offer> offers() {
        return offers;
    }

    public ObservableList<UnitRows.Row> units() {
        return units;
    }

    public CodeFields<Field> codes() {
        return codes;
    }

    public SignatureViewModel signature() {
        return signature;
    }

    public ReadOnlyBooleanProperty busy() {
        return runner.busy();
    }

    /** Lists the shipments from or to this site. */
    public void start() {
        signature.cancel();
        handoff = null;
        current = null;
        units.clear();
        codes.clear();
        reader.clear();
        title.set("");
        summary.set("");
        stage.set(Stage.CHOOSE);
        say(m.get("ho.choose"), false);
        runner.run(data::offers, offers::setAll, why -> say(why, true));
    }

    /** Starts the handoff of {@code offer}. */
    public void choose(Offer offer) {
        if (stage.get() != Stage.CHOOSE || offer.handedOver()) {
            return;
        }
        current = offer;
        handoff = new CourierHandoff(site, offer.shipment().manifest(), offer.direction(), sink);
        var mf = offer.shipment().manifest();
        title.set(m.get(offer.direction() == Direction.PICKUP ? "ho.titlePickup" : "ho.titleDelivery",
                mf.shipmentId(), mf.coi().eyeReadable(), (offer.direction() == Direction.PICKUP ? mf.to() : mf.from()).name()));
        stage.set(Stage.SCAN);
        refresh(handoff.reconciliation());
        say(m.get("ho.scanBags"), false);
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        if (stage.get() == Stage.SIGN_RELEASE || stage.get() == Stage.SIGN_TAKE) {
            return signature.onScan(scan);
        }
        if (stage.get() != Stage.SCAN || runner.busy().get()) {
            return ScanReaction.ignored(m.get("ho.scanNotNow"));
        }
        BagScan s = BagScan.read(scan.text(), parser, reader);
        if (s instanceof BagScan.Refused) {
            return refused(((BagScan.Refused) s).message());
        }
        if (s instanceof BagScan.Partial) {
            say(((BagScan.Partial) s).message(), false);
            return ScanReaction.accepted(((BagScan.Partial) s).message());
        }
        if (s instanceof BagScan.Shipper) {
            String sscc = ((BagScan.Shipper) s).sscc();
            if (current.shipment().sscc().isPresent() && !current.shipment().sscc().get().equals(sscc)) {
                return refused(m.get("ho.wrongShipper", sscc, current.shipment().sscc().get()));
            }
            codes.set(Field.SHIPPER, sscc);
            codes.select(Field.LOGGER);
            say(m.get("ho.shipperRead", sscc), false);
            return ScanReaction.accepted(m.get("ho.shipperRead", sscc));
        }
        if (s instanceof BagScan.Code) {
            Field f = codes.selected().get();
            codes.set(f, ((BagScan.Code) s).text());
            say(m.get("ho.codeRead", m.get("ho.field." + f.name().toLowerCase(java.util.Locale.ROOT)),
                    codes.value(f).get()), false);
            return ScanReaction.accepted(codes.value(f).get());
        }
        CourierHandoff h = handoff;
        Din din = ((BagScan.Bag) s).identity().din();
        runner.queue(() -> new Scanned(h.scanUnit(((BagScan.Bag) s).identity()), h.reconciliation()), r -> {
            refresh(r.reconciliation());
            String key = "ho.unit." + r.result().name().toLowerCase(java.util.Locale.ROOT);
            say(m.get(key, din.eyeReadable()), r.result() != UnitScan.ACCEPTED);
        }, why -> say(why, true));
        return ScanReaction.accepted(m.get("ho.bagRead", din.eyeReadable()));
    }

    private record Scanned(UnitScan result, Reconciliation reconciliation) {
    }

    @Override
    public void typed(String keys) {
        if (stage.get() == Stage.SIGN_RELEASE || stage.get() == Stage.SIGN_TAKE) {
            signature.typed(keys);
        } else if (stage.get() == Stage.SCAN) {
            for (char c : keys.toCharArray()) {
                codes.key(c == 0x7f ? '\b' : c);
            }
        }
    }

    /** An extra bag was put aside: it does not travel. */
    public void putAside(Din din) {
        CourierHandoff h = handoff;
        runner.run(() -> {
            h.removeExtra(din);
            return h.reconciliation();
        }, r -> {
            refresh(r);
            say(m.get("ho.putAside", din.eyeReadable()), false);
        }, why -> say(why, true));
    }

    /** The operator checked that a bag scanned twice is one bag scanned again. */
    public void sameBag(Din din) {
        CourierHandoff h = handoff;
        runner.run(() -> {
            h.confirmSameBag(din);
            return h.reconciliation();
        }, r -> {
            refresh(r);
            say(m.get("ho.sameBag", din.eyeReadable()), false);
        }, why -> say(why, true));
    }

    /** Checks everything is there, then asks the releasing person to sign. */
    public void release() {
        if (stage.get() != Stage.SCAN) {
            return;
        }
        CourierHandoff h = handoff;
        String shipper = codes.value(Field.SHIPPER).get();
        String logger = codes.value(Field.LOGGER).get();
        String seal = codes.value(Field.SEAL).get();
        runner.run(() -> {
            Reconciliation r = h.reconciliation();
            List<String> blocking = new ArrayList<>(r.problems());
            if (!blocking.isEmpty()) {
                return blocking;
            }
            h.shipper(shipper);
            h.transport(logger, seal);
            return blocking;
        }, blocking -> {
            if (!blocking.isEmpty()) {
                say(m.get("ho.blocked", String.join("\n", blocking)), true);
                return;
            }
            stage.set(Stage.SIGN_RELEASE);
            say(m.get("ho.signRelease"), false);
            boolean pickup = current.direction() == Direction.PICKUP;
            signature.begin(m.get(pickup ? "ho.releasedToCourier" : "ho.releasedByCourier"),
                    m.get(pickup ? "ho.releaseWhoPickup" : "ho.releaseWhoDelivery"), this::released);
        }, why -> say(why, true));
    }

    private void released(Operator person) {
        CourierHandoff h = handoff;
        boolean pickup = current.direction() == Direction.PICKUP;
        runner.run(() -> {
            h.signRelease(person);
            return person;
        }, p -> {
            stage.set(Stage.SIGN_TAKE);
            say(m.get("ho.releasedBy", p.printedName()), false);
            signature.begin(m.get("ho.receivedCustody"), m.get(pickup ? "ho.takeWhoPickup" : "ho.takeWhoDelivery"),
                    this::taken);
        }, why -> {
            say(why, true);
            signature.refuse(why);
        });
    }

    private void taken(Operator person) {
        CourierHandoff h = handoff;
        runner.run(() -> h.signTake(person), (CustodyEvent e) -> {
            stage.set(Stage.DONE);
            var sigs = e.content().signatures();
            say(m.get("ho.done", e.content().dins().size(), sigs.get(0).printedName(), sigs.get(1).printedName(),
                    HH_MM_Z.format(sigs.get(1).signedAt().atZone(site.zone()))), false);
        }, why -> {
            say(why, true);
            signature.refuse(why);
        });
    }

    private void refresh(Reconciliation r) {
        var mf = current.shipment().manifest();
        units.setAll(UnitRows.of(mf, r));
        summary.set(m.get("ho.summary", UnitRows.scanned(mf, r), mf.units().size(), r.missing().size(),
                r.extra().size(), r.duplicated().size(), r.expired().size() + r.wrongCoi().size()));
    }

    private ScanReaction refused(String why) {
        say(why, true);
        return ScanReaction.rejected(why);
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }
}
