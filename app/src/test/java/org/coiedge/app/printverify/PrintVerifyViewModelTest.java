package org.coiedge.app.printverify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.coiedge.app.kiosk.TestKiosk;
import org.coiedge.app.kiosk.scan.ScanReaction;
import org.coiedge.app.printverify.PrintVerifyViewModel.Step;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.scanner.Scan;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.png.PngRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Print-and-verify without the FX thread: the virtual printer, a real ledger, the UI executor direct. */
class PrintVerifyViewModelTest {
    @TempDir
    Path dir;
    private TestKiosk kiosk;
    private final BlockingQueue<Step> steps = new LinkedBlockingQueue<>();

    @AfterEach
    void close() {
        kiosk.services.close();
    }

    private PrintVerifyViewModel start(String staffId) throws Exception {
        kiosk = new TestKiosk(dir, "virtual", keys -> { });
        StaffMember op = kiosk.services.personnel.find(staffId).orElseThrow();
        PrintVerifyViewModel vm = new PrintVerifyViewModel(kiosk.services.printers.get(0), new LabelRecorder(
                kiosk.services.ledger, kiosk.services.config.site(), kiosk.services.deviceId, kiosk.clock),
                new PngRenderer(Resolution.DPI_203), () -> op, kiosk.services.messages, Runnable::run, kiosk.services.worker);
        vm.step().addListener((o, a, s) -> steps.add(s));
        vm.start(BagLabels.forOrder(kiosk.services.orders().get(0), kiosk.services.config.site()));
        return vm;
    }

    private void await(Step wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Step s;
        do {
            s = steps.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } while (s != null && s != wanted);
        assertThat(s).as("reached " + wanted).isEqualTo(wanted);
    }

    private Scan scan(String text) {
        return Scan.fromText(text, StandardCharsets.UTF_8, "test", kiosk.clock.instant());
    }

    /** The events this test caused: the demo bag's journey, seeded with the demo data, left out. */
    private List<CustodyEvent> labelEvents() throws Exception {
        return kiosk.services.ledger.asOf(kiosk.clock.instant()).stream()
                .filter(e -> !Boolean.TRUE.equals(e.content().payload().get("demo"))).collect(Collectors.toList());
    }

    private List<EventType> events() throws Exception {
        return labelEvents().stream().map(CustodyEvent::type).collect(Collectors.toList());
    }

    @Test
    void theVirtualPrinterWritesTheLabelAndTheDataMatrixScanVerifiesIt() throws Exception {
        PrintVerifyViewModel vm = start("A9999T00001");
        vm.print();
        await(Step.AWAIT_SCAN);
        try (var files = Files.list(dir.resolve("labels").resolve("bag"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("000001-ct-bag.png", "000001-ct-bag.zpl");
        }
        String dataMatrix = vm.request().identifying().stream().filter(s -> s.startsWith("=+")).findFirst().orElseThrow();
        assertThat(vm.onScan(scan("]d1" + dataMatrix)).kind()).isEqualTo(ScanReaction.Kind.ACCEPTED);
        await(Step.VERIFIED);
        assertThat(events()).containsExactly(EventType.LABEL_PRINTED, EventType.LABEL_VERIFIED);
    }

    @Test
    void theProductCodeEveryBagCarriesProvesNothingAndTheKioskKeepsWaiting() throws Exception {
        PrintVerifyViewModel vm = start("A9999T00001");
        vm.print();
        await(Step.AWAIT_SCAN);
        String productCode = vm.request().onLabel().stream().filter(s -> s.startsWith("=<")).findFirst().orElseThrow();
        assertThat(vm.onScan(scan("]C0" + productCode)).kind()).isEqualTo(ScanReaction.Kind.IGNORED);
        assertThat(vm.step().get()).isEqualTo(Step.AWAIT_SCAN);
        assertThat(events()).containsExactly(EventType.LABEL_PRINTED);
    }

    @Test
    void anAdministratorMayReprintButPrintingTwiceFromThePreviewIsNotPossible() throws Exception {
        PrintVerifyViewModel vm = start("A9999A00006");
        vm.print();
        vm.print();
        await(Step.AWAIT_SCAN);
        assertThat(events()).containsExactly(EventType.LABEL_PRINTED);
        assertThat(vm.mayReprint().get()).isTrue();
    }

    @Test
    void aNurseCannotAuthoriseAReprintOfAVoidedLabel() throws Exception {
        PrintVerifyViewModel vm = start("A9999N00004");
        vm.print();
        await(Step.AWAIT_SCAN);
        assertThat(vm.onScan(scan("]C0=A99992500099900")).kind()).isEqualTo(ScanReaction.Kind.REJECTED);
        await(Step.VOIDED);
        vm.askReprint();
        assertThat(vm.step().get()).isEqualTo(Step.VOIDED);
        assertThat(vm.message().get()).contains("Only an apheresis technician or an administrator");
        vm.reprint(LabelRecorder.ReprintReason.OTHER);
        assertThat(events()).containsExactly(EventType.LABEL_PRINTED, EventType.LABEL_VOIDED);
    }
}
