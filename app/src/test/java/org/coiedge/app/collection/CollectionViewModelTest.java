package org.coiedge.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.coiedge.app.collection.CollectionViewModel.Stage;
import org.coiedge.app.kiosk.TestKiosk;
import org.coiedge.app.printverify.LabelRecorder;
import org.coiedge.app.printverify.PrintVerifyViewModel;
import org.coiedge.app.signature.SignatureViewModel;
import org.coiedge.app.signature.StepRunner;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.isbt128.PatientIdentificationNumber;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.WristbandFormat;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.png.PngRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collection ViewModel without the FX thread: demo data, the virtual printer, a real ledger, the UI executor direct. */
class CollectionViewModelTest {
    @TempDir
    Path dir;
    private TestKiosk kiosk;
    private CollectionViewModel vm;
    private final BlockingQueue<Object> changes = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() throws Exception {
        kiosk = new TestKiosk(dir, "virtual", keys -> { });
        var s = kiosk.services;
        var site = s.config.site();
        SiteContext context = new SiteContext(site.fin(), site.zone(), new Party(PartyRole.COLLECTION_SITE,
                site.fin().value(), site.name()), s.deviceId, s.clock);
        LabelRecorder recorder = new LabelRecorder(s.ledger, site, s.deviceId, s.clock);
        CollectionViewModel.Deps deps = new CollectionViewModel.Deps(context, site,
                new LedgerCollectionFacts(s.ledger.referenceData(), s.ledger), s.ledger.identifierBlocks(),
                EventSink.of(s.ledger), s.parser, WristbandFormat.ISBT128_DS025, 1,
                () -> new PrintVerifyViewModel(s.printers.get(0), recorder, new PngRenderer(Resolution.DPI_203),
                        () -> s.personnel.find("A9999T00001").orElseThrow(), s.messages, Runnable::run, s.worker));
        vm = new CollectionViewModel(deps, new SignatureViewModel(s.authenticator, s.parser, s.messages, Runnable::run,
                s.worker), s.messages, new StepRunner(Runnable::run, s.worker));
        vm.stage().addListener((o, a, st) -> changes.add(st));
        vm.busy().addListener((o, a, b) -> changes.add(b ? "busy" : "idle"));
    }

    @AfterEach
    void close() {
        kiosk.services.close();
    }

    private void start(String staffId) {
        vm.start(kiosk.services.personnel.find(staffId).orElseThrow());
    }

    private Scan scan(String text) {
        return Scan.fromText(text, StandardCharsets.UTF_8, "test", kiosk.clock.instant());
    }

    private void wristband(String mrn) {
        vm.onScan(scan("]C0" + new PatientIdentificationNumber("01", mrn).encode()));
        await("idle");
    }

    private void await(Object wanted) {
        try {
            Object got;
            do {
                got = changes.poll(10, TimeUnit.SECONDS);
            } while (got != null && !got.equals(wanted));
            assertThat(got).as("reached " + wanted).isEqualTo(wanted);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private List<CustodyEvent> events() throws Exception {
        return kiosk.services.ledger.asOf(kiosk.clock.instant()).stream().filter(e -> !Boolean.TRUE.equals(e.content().payload().get("demo"))).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void aSecondCollectionOfATherapyReusesTheCoiTheOrderCarries() throws Exception {
        start("A9999T00001");
        wristband("MRN000123");
        assertThat(vm.stage().get()).isEqualTo(Stage.CONFIRM);
        assertThat(vm.patient().get()).contains("DOE, JANE").contains("ORD-2002");
        assertThat(vm.identifiers().get()).isEqualTo("COI CH A9999 25 A1B2C3 (this therapy's, reused)");
        CustodyEvent identified = events().get(0);
        assertThat(identified.type()).isEqualTo(EventType.PATIENT_IDENTIFIED);
        assertThat(identified.content().coi().eyeReadable()).isEqualTo("CH A9999 25 A1B2C3");
        assertThat(identified.content().payload()).containsEntry("coiAssigned", false);
    }

    @Test
    void aCoiAssignedHereIsReusedByTheNextCollectionOfTheSameOrderBeforeCentralKnowsIt() throws Exception {
        start("A9999T00001");
        wristband("MRN000321");
        assertThat(vm.identifiers().get()).contains("0000RS (new");
        vm.restart();
        wristband("MRN000321");
        assertThat(vm.identifiers().get()).contains("0000RS (this therapy's, reused)");
        assertThat(events()).extracting(e -> e.content().coi().eyeReadable()).containsExactly("CH A9999 25 0000RS",
                "CH A9999 25 0000RS");
        assertThat(events().get(1).content().payload()).containsEntry("coiAssigned", false);
    }

    @Test
    void aVoidedLabelKeepsTheCollectionAtItsLabelsUntilReprintedAndVerified() throws Exception {
        start("A9999T00001");
        wristband("MRN000321");
        vm.assignDin();
        await(Stage.LABELS);
        PrintVerifyViewModel bag = vm.labels().get(0).print();
        BlockingQueue<PrintVerifyViewModel.Step> steps = new LinkedBlockingQueue<>();
        bag.step().addListener((o, a, st) -> steps.add(st));
        bag.print();
        assertThat(poll(steps, PrintVerifyViewModel.Step.AWAIT_SCAN)).isTrue();
        bag.onScan(scan("]C0=A99992500099900"));
        assertThat(poll(steps, PrintVerifyViewModel.Step.VOIDED)).isTrue();
        vm.saveTimes();
        assertThat(vm.stage().get()).isEqualTo(Stage.LABELS);
        assertThat(events().stream().map(CustodyEvent::type).collect(Collectors.toList())).containsExactly(
                EventType.PATIENT_IDENTIFIED, EventType.IDENTIFIER_ASSIGNED, EventType.LABEL_PRINTED, EventType.LABEL_VOIDED);
        bag.askReprint();
        bag.reprint(LabelRecorder.ReprintReason.SCAN_MISMATCH);
        assertThat(poll(steps, PrintVerifyViewModel.Step.AWAIT_SCAN)).isTrue();
        bag.onScan(scan("]C0=A99992500100000"));
        assertThat(poll(steps, PrintVerifyViewModel.Step.VERIFIED)).isTrue();
        assertThat(vm.stage().get()).as("the tube label is still to do").isEqualTo(Stage.LABELS);
    }

    @Test
    void aNurseCannotCollectAndAWristbandWithoutAnOrderIsRefusedWithWhatToDo() throws Exception {
        start("A9999N00004");
        assertThat(vm.message().get()).isEqualTo("Nora Okafor may not collect (needs apheresis technician).");
        assertThat(vm.problem().get()).isTrue();
        start("A9999T00001");
        vm.onScan(scan("]C0" + new PatientIdentificationNumber("01", "MRN999999").encode()));
        await("idle");
        assertThat(vm.message().get()).startsWith("Patient MRN999999 has no collection order on this kiosk.");
        assertThat(vm.stage().get()).isEqualTo(Stage.WRISTBAND);
        vm.onScan(scan("]C0='A9999T00001"));
        assertThat(vm.message().get()).contains("not a patient wristband");
        assertThat(events()).isEmpty();
    }

    private static boolean poll(BlockingQueue<PrintVerifyViewModel.Step> q, PrintVerifyViewModel.Step wanted)
            throws InterruptedException {
        PrintVerifyViewModel.Step s;
        do {
            s = q.poll(10, TimeUnit.SECONDS);
        } while (s != null && s != wanted);
        return s == wanted;
    }
}
