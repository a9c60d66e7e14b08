package org.coiedge.tests.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coiedge.app.report.CoiReport;
import org.coiedge.app.report.CoiReportPdf;
import org.coiedge.core.auth.Role;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.IdentifierKind;
import org.coiedge.core.workflow.BagIdentity;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.Operator;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.bedside.BedsideDecision;
import org.coiedge.core.workflow.bedside.BedsideFacts;
import org.coiedge.core.workflow.bedside.BedsideVerification;
import org.coiedge.core.workflow.bedside.Release;
import org.coiedge.core.workflow.bedside.TreatmentOrder;
import org.coiedge.core.workflow.collection.Collection;
import org.coiedge.core.workflow.collection.CollectionOrder;
import org.coiedge.core.workflow.handoff.CourierHandoff;
import org.coiedge.core.workflow.handoff.Disposition;
import org.coiedge.core.workflow.handoff.ExpectedUnit;
import org.coiedge.core.workflow.handoff.Manifest;
import org.coiedge.core.workflow.handoff.Receipt;
import org.coiedge.sync.BlockTarget;
import org.coiedge.sync.CentralApi;
import org.coiedge.sync.Pause;
import org.coiedge.sync.RoundResult;
import org.coiedge.sync.SyncPolicy;
import org.coiedge.sync.SyncStores;
import org.coiedge.sync.SyncWorker;
import org.coiedge.tests.central.CentralServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One patient's journey across two kiosks and the reference central server: collection and pickup at
 * the apheresis center (A9990), delivery, receipt and bedside verification at the treatment center
 * (A9991), and the COI timeline at the treatment center showing both sites' events, in its PDF too.
 */
class TwoSiteJourneyTest {
    private static final Fin A = Fin.of("A9990");
    private static final Fin B = Fin.of("A9991");
    private static final String PATIENT = "MRN7";
    private final Clock clock = Clock.systemUTC();

    @TempDir
    Path dir;

    private static Operator op(String id, String name, Role role) {
        return new Operator(id, name, Set.of(role));
    }

    private SyncWorker worker(Kiosk k, String url, Fin site) {
        SyncPolicy policy = SyncPolicy.defaults().withBlockTargets(List.of(new BlockTarget(IdentifierKind.DIN, site, 10),
                new BlockTarget(IdentifierKind.COI, site, 10)));
        return new SyncWorker(new CentralApi(Kiosk.config(url), k.credentials, clock), k.deviceId(),
                new SyncStores(k.ledger.syncRecords(), k.ledger.referenceData(), k.ledger.identifierBlocks(),
                        k.ledger.remoteEvents()), policy, clock, Pause.real(), new Random(1));
    }

    private static void synced(SyncWorker w) {
        RoundResult r = w.runRound();
        assertThat(r).as(w.status().lastError().orElse("")).isInstanceOf(RoundResult.Synced.class);
    }

    @Test
    void theTreatmentSitesTimelineShowsTheCollectionSitesEventsAndItsPdfHasThem() throws Exception {
        try (CentralServer server = Central.start(dir);
             Kiosk ka = new Kiosk(dir, "apheresis").enrol(server.url(), "DEMO-A9990-1");
             Kiosk kb = new Kiosk(dir, "infusion").enrol(server.url(), "DEMO-A9991-1")) {
            SyncWorker wa = worker(ka, server.url(), A);
            SyncWorker wb = worker(kb, server.url(), B);
            synced(wa); // leases DIN and COI blocks for A9990
            Party siteA = new Party(PartyRole.COLLECTION_SITE, "A9990", "Validation Apheresis Center");
            Party siteB = new Party(PartyRole.TREATMENT_SITE, "A9991", "Validation Treatment Center");
            SiteContext atA = new SiteContext(A, ZoneId.of("America/New_York"), siteA, ka.deviceId(), clock);
            SiteContext atB = new SiteContext(B, ZoneId.of("Europe/Berlin"), siteB, kb.deviceId(), clock);
            Operator tech = op("A9990T00001", "Tech Validation", Role.APHERESIS_TECHNICIAN);
            Operator courier = op("C-0001", "Cryo Courier", Role.COURIER);
            Operator receiver = op("A9991R00002", "Receiving Validation", Role.RECEIVING_STAFF);
            Operator nurse1 = op("A9991N00007", "Nurse Validation", Role.NURSE);
            Operator nurse2 = op("A9991N00008", "Second Nurse Validation", Role.NURSE);

            // Site A: collection, then pickup by the courier.
            EventSink sinkA = EventSink.of(ka.ledger);
            Collection c = new Collection(atA, p -> Optional.of(new CollectionOrder("ORD-7", PATIENT, Optional.empty(),
                    "CAR-T (validation)")), ka.ledger.identifierBlocks(), sinkA, tech, 0);
            c.wristband(PATIENT, IdentifierProvenance.SCANNED);
            c.assignDin();
            CoiId coi = c.coi().orElseThrow();
            Din din = c.din().orElseThrow();
            c.bagLabelVerified(din);
            c.record(clock.instant().minus(Duration.ofHours(3)), clock.instant().minusSeconds(60), 180);
            c.sign(tech);
            Manifest manifest = new Manifest("SHP-7", coi, List.of(new ExpectedUnit(din,
                    clock.instant().plus(Duration.ofDays(10)))), siteA, siteB);
            BagIdentity bag = BagIdentity.of(din, coi, IdentifierProvenance.SCANNED);
            CourierHandoff pickup = new CourierHandoff(atA, manifest, CourierHandoff.Direction.PICKUP, sinkA);
            pickup.scanUnit(bag);
            pickup.shipper("SHIPPER-7");
            pickup.transport("LOGGER-7", "SEAL-7");
            pickup.signRelease(tech);
            pickup.signTake(courier);
            synced(wa);

            // Site B: delivery, receipt, bedside verification by two nurses.
            EventSink sinkB = EventSink.of(kb.ledger);
            CourierHandoff delivery = new CourierHandoff(atB, manifest, CourierHandoff.Direction.DELIVERY, sinkB);
            delivery.scanUnit(bag);
            delivery.shipper("SHIPPER-7");
            delivery.transport("LOGGER-7", "SEAL-7");
            delivery.signRelease(courier);
            delivery.signTake(receiver);
            Receipt receipt = new Receipt(atB, manifest, sinkB, receiver);
            receipt.scanUnit(bag);
            receipt.decide(din, Disposition.ACCEPT, null);
            receipt.storeAt("LN2 freezer 1");
            receipt.complete();
            BedsideFacts facts = new BedsideFacts() {
                @Override
                public Optional<TreatmentOrder> orderForPatient(String patientId) {
                    return Optional.of(new TreatmentOrder("ORD-7", PATIENT, coi, "CAR-T (validation)"));
                }

                @Override
                public Optional<Release> releaseFor(Din d) {
                    return Optional.of(new Release(din, coi, PATIENT, clock.instant().minus(Duration.ofDays(1)),
                            clock.instant().plus(Duration.ofDays(10)), ZoneId.of("America/New_York")));
                }

                @Override
                public org.coiedge.core.ledger.CustodyState custodyNow(CoiId id) throws org.coiedge.core.ledger.LedgerException {
                    return kb.ledger.custodyState(id, clock.instant(), clock.instant());
                }
            };
            BedsideVerification v = new BedsideVerification(atB, facts, sinkB, nurse1);
            v.wristband(PATIENT, IdentifierProvenance.SCANNED);
            assertThat(v.bag(bag)).isInstanceOf(BedsideDecision.Proceed.class);
            v.secondNurse(nurse2);
            assertThat(v.secondWristband(PATIENT)).isEmpty();
            assertThat(v.secondBag(bag)).isInstanceOf(BedsideDecision.Proceed.class);
            v.sign();
            v.start();
            v.complete(Map.of("volumeMl", 68L));
            synced(wb); // uploads B's events and reads A's events of the COIs B works on

            List<CustodyEvent> fromA = kb.ledger.otherDevicesEventsForCoi(coi);
            assertThat(fromA).extracting(CustodyEvent::type).containsExactly(EventType.PATIENT_IDENTIFIED,
                    EventType.IDENTIFIER_ASSIGNED, EventType.COLLECTION_STARTED, EventType.COLLECTION_COMPLETED,
                    EventType.CUSTODY_TRANSFERRED);
            assertThat(fromA).allSatisfy(e -> assertThat(e.content().deviceId()).isEqualTo(ka.deviceId()));

            CoiReport report = CoiReport.of(kb.ledger, coi, clock.instant(), clock.instant());
            assertThat(report.events()).extracting(e -> e.content().deviceId()).contains(ka.deviceId(), kb.deviceId());
            assertThat(report.events()).hasSize(5 + kb.ledger.eventsForCoi(coi).size());
            Path pdf = dir.resolve("timeline.pdf");
            CoiReportPdf.write(report, pdf);
            String text;
            try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                text = new PDFTextStripper().getText(d);
            }
            assertThat(text).contains("Collection completed").contains("Administration completed")
                    .contains("Custody transferred").contains("Received").contains(ka.deviceId())
                    .contains(kb.deviceId()).contains("Released by: Tech Validation")
                    .contains("Witnessed by: Second Nurse Validation").contains("INTACT");
            assertThat(server.events(kb.deviceId())).hasSize(kb.ledger.eventsForCoi(coi).size());
        }
    }
}
