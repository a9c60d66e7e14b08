package org.coiedge.app.timeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.coiedge.app.kiosk.data.TreatmentOrderRow;
import org.coiedge.app.kiosk.i18n.Messages;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.kiosk.scan.ScanTarget;
import org.coiedge.app.report.CoiReport;
import org.coiedge.app.report.CoiReportPdf;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.CompoundMessage;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Isbt128Structure;
import org.coiedge.core.ledger.CustodyState;
import org.coiedge.core.ledger.Dataset;
import org.coiedge.core.ledger.Ledger;
import org.coiedge.core.ledger.ReferenceDataCache;
import org.coiedge.core.scan.DecodedScan;
import org.coiedge.core.scan.ScanParser;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.bedside.TreatmentOrder;

/**
 * The COI timeline: every event of one chain of identity in this kiosk's ledger (events of other
 * kiosks appear once sync brings them into the ledger), the custody holders one after another,
 * and the record as it stood at any earlier moment: the as-of position k shows what the ledger
 * knew right after the k-th moment at which events of this COI were recorded, here or (once synced) at other
 * sites ({@link Ledger#eventsForCoiAsOf}, {@link Ledger#otherDevicesEventsForCoi},
 * {@link Ledger#custodyState}); the last position is now. Export writes the inspector's PDF for
 * the shown moment. A COI is picked from the orders or by scanning a bag (square code, COI or DIN).
 *
 * <p>Threading: public methods on the UI thread; ledger reads and the PDF run on {@code worker},
 * results come back through {@code ui}.
 */
public final class TimelineViewModel implements ScanTarget {
    /** A COI to pick, with the orders that name it. */
    public record Choice(CoiId coi, String label) {
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm:ss 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter FILE = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final Ledger ledger;
    private final ReferenceDataCache cache;
    private final ScanParser parser;
    private final Path exports;
    private final Clock clock;
    private final Messages m;
    private final Executor ui;
    private final Executor worker;
    private final ObjectProperty<CoiId> coi = new SimpleObjectProperty<>();
    private final IntegerProperty positions = new SimpleIntegerProperty();
    private final IntegerProperty position = new SimpleIntegerProperty();
    private final StringProperty asOfText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> holders = FXCollections.observableArrayList();
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private List<Instant> recorded = List.of();

    public TimelineViewModel(Ledger ledger, ReferenceDataCache cache, ScanParser parser, Path exports, Clock clock,
            Messages messages, Executor ui, Executor worker) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.exports = Objects.requireNonNull(exports, "exports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.m = Objects.requireNonNull(messages, "messages");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.worker = Objects.requireNonNull(worker, "worker");
    }

    public ReadOnlyObjectProperty<CoiId> coi() {
        return coi;
    }

    /** How many as-of positions there are: one per moment the ledger recorded events of the COI (the last is now). */
    public ReadOnlyIntegerProperty positions() {
        return positions;
    }

    /** The as-of position shown, 1..positions. */
    public ReadOnlyIntegerProperty position() {
        return position;
    }

    public ReadOnlyStringProperty asOfText() {
        return asOfText;
    }

    public ReadOnlyStringProperty message() {
        return message;
    }

    /** The events known at the as-of moment, in chain order. */
    public ObservableList<TimelineRow> rows() {
        return rows;
    }

    /** The custody holders one after another, with place and since when. */
    public ObservableList<String> holders() {
        return holders;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** Loads the COIs of the orders to pick from. */
    public void refreshChoices() {
        CompletableFuture.supplyAsync(() -> {
            TreeMap<String, Choice> out = new TreeMap<>();
            try {
                for (String row : cache.rows(Dataset.ORDERS).values()) {
                    TreatmentOrderRow.Parsed p = TreatmentOrderRow.fromRow(row);
                    if (p.order().isPresent()) {
                        TreatmentOrder o = p.order().get();
                        out.putIfAbsent(o.coi().value(), new Choice(o.coi(), o.coi().eyeReadable() + "\n" + o.patientId()));
                    }
                }
            } catch (Exception e) {
                return List.<Choice>of();
            }
            return new ArrayList<>(out.values());
        }, worker).whenComplete((list, e) -> ui.execute(() -> choices.setAll(list == null ? List.of() : list)));
    }

    /** Shows {@code c} as it stands now. */
    public void show(CoiId c) {
        coi.set(Objects.requireNonNull(c, "coi"));
        load(c, Integer.MAX_VALUE);
    }

    /** Moves the as-of control to position {@code k} (1..positions). */
    public void asOf(int k) {
        if (coi.get() != null && k != position.get()) {
            load(coi.get(), k);
        }
    }

    @Override
    public ScanReaction onScan(Scan scan) {
        Optional<CoiId> c;
        try {
            c = coiOf(parser.decode(scan.text()));
        } catch (ScanDecodeException | RuntimeException e) {
            c = Optional.empty();
        }
        if (c.isEmpty()) {
            message.set(m.get("timeline.notABag"));
            return ScanReaction.rejected(m.get("timeline.notABag"));
        }
        show(c.get());
        return ScanReaction.accepted(m.get("timeline.showing", c.get().eyeReadable()));
    }

    private Optional<CoiId> coiOf(DecodedScan d) throws RuntimeException {
        if (!(d instanceof DecodedScan.Isbt128)) {
            return Optional.empty();
        }
        List<Isbt128Structure> all = new ArrayList<>();
        for (Isbt128Structure s : ((DecodedScan.Isbt128) d).structures()) {
            if (s instanceof CompoundMessage) {
                all.addAll(((CompoundMessage) s).structures());
            } else {
                all.add(s);
            }
        }
        for (Isbt128Structure s : all) {
            if (s instanceof ChainOfIdentityIdentifier) {
                return Optional.of(((ChainOfIdentityIdentifier) s).coi());
            }
        }
        for (Isbt128Structure s : all) {
            if (s instanceof DonationIdentificationNumber) {
                try {
                    // A DIN alone: the COI its events carry in this ledger.
                    return ledger.eventsForDin(((DonationIdentificationNumber) s).din()).stream()
                            .map(e -> e.content().coi()).reduce((a, b) -> b);
                } catch (Exception e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private record Loaded(List<Instant> recorded, int total, int position, Instant asOf, List<TimelineRow> rows,
            List<String> holders) {
    }

    private void load(CoiId c, int k) {
        CompletableFuture.supplyAsync(() -> {
            try {
                List<Instant> times = new ArrayList<>();
                // This kiosk's events and, once synced, other sites' events of the COI (verified when read).
                List<CustodyEvent> every = new ArrayList<>(ledger.eventsForCoi(c));
                every.addAll(ledger.otherDevicesEventsForCoi(c));
                for (CustodyEvent e : every) {
                    times.add(e.recordedAt());
                }
                times = new ArrayList<>(new java.util.TreeSet<>(times));
                int pos = times.isEmpty() ? 0 : Math.max(1, Math.min(k, times.size()));
                Instant at = pos == 0 || pos == times.size() ? clock.instant() : times.get(pos - 1);
                List<CustodyEvent> known = new ArrayList<>();
                for (CustodyEvent e : every) {
                    if (!e.recordedAt().isAfter(at)) {
                        known.add(e);
                    }
                }
                known.sort(java.util.Comparator.comparing((CustodyEvent e) -> e.content().occurredAt())
                        .thenComparing(CustodyEvent::recordedAt));
                CustodyState custody = CustodyState.derive(c, known, at, at);
                List<TimelineRow> out = new ArrayList<>();
                for (CustodyEvent e : known) {
                    out.add(TimelineRow.of(e, custody.voided().contains(e.id())));
                }
                return (Object) new Loaded(times, every.size(), pos, at, out, Holders.of(known, custody));
            } catch (Exception e) {
                return e;
            }
        }, worker).whenComplete((o, t) -> ui.execute(() -> {
            if (!c.equals(coi.get())) {
                return;
            }
            if (t != null || o instanceof Exception) {
                message.set(m.get("timeline.unreadable", (t != null ? t : (Exception) o).getMessage()));
                return;
            }
            Loaded l = (Loaded) o;
            recorded = l.recorded();
            positions.set(l.recorded().size());
            position.set(l.position());
            rows.setAll(l.rows());
            holders.setAll(l.holders());
            asOfText.set(l.position() == l.recorded().size() ? m.get("timeline.now", l.rows().size())
                    : m.get("timeline.asOf", UTC.format(l.asOf()), l.rows().size(), l.total()));
            message.set(l.recorded().isEmpty() ? m.get("timeline.noEvents", c.eyeReadable()) : "");
        }));
    }

    /** Writes the inspector's PDF of the shown moment to the exports folder. */
    public void exportPdf() {
        CoiId c = coi.get();
        if (c == null) {
            return;
        }
        int pos = position.get();
        Instant now = clock.instant();
        Instant at = pos == 0 || pos >= recorded.size() ? now : recorded.get(pos - 1);
        message.set(m.get("timeline.exporting"));
        CompletableFuture.supplyAsync(() -> {
            try {
                Files.createDirectories(exports);
                Path file = exports.resolve("coi-" + c.value() + "-asof-" + FILE.format(at) + ".pdf");
                CoiReportPdf.write(CoiReport.of(ledger, c, at, now), file);
                return m.get("timeline.exported", file);
            } catch (Exception e) {
                return m.get("timeline.exportFailed", e.getMessage());
            }
        }, worker).whenComplete((text, t) -> ui.execute(() -> message.set(text != null ? text
                : m.get("timeline.exportFailed", t.getMessage()))));
    }
}
