package org.coiedge.app.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.coiedge.app.handoff.HandoffViewModel.Stage;
import org.coiedge.app.kiosk.TestKiosk;
import org.coiedge.app.printverify.BagLabels;
import org.coiedge.app.signature.SignatureViewModel;
import org.coiedge.app.signature.StepRunner;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.Party;
import org.coiedge.core.event.PartyRole;
import org.coiedge.core.event.SignatureMeaning;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.EventSink;
import org.coiedge.core.workflow.SiteContext;
import org.coiedge.core.workflow.handoff.CourierHandoff.Direction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handoff ViewModel without the FX thread, on demo data: the delivery of SHP-DEMO-2 to this site. */
class HandoffViewModelTest {
    @TempDir
    Path dir;
    private TestKiosk kiosk;
    private HandoffViewModel vm;
    private SignatureViewModel signature;
    private final BlockingQueue<String> idle = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() throws Exception {
        kiosk = new TestKiosk(dir, "virtual", keys -> { });
        var s = kiosk.services;
        var site = s.config.site();
        SiteContext context = new SiteContext(site.fin(), site.zone(), new Party(PartyRole.TREATMENT_SITE,
                site.fin().value(), site.name()), s.deviceId, s.clock);
        signature = new SignatureViewModel(s.authenticator, s.parser, s.messages, Runnable::run, s.worker);
        StepRunner runner = new StepRunner(Runnable::run, s.worker);
        runner.busy().addListener((o, a, b) -> {
            if (!b) {
                idle.add("idle");
            }
        });
        signature.step().addListener((o, a, st) -> {
            if (st != SignatureViewModel.Step.CHECKING && a == SignatureViewModel.Step.CHECKING) {
                idle.add(st == SignatureViewModel.Step.IDLE ? "signed" : "refused");
            }
        });
        vm = new HandoffViewModel(context, new HandoffData(s.ledger.referenceData(), s.ledger, site.fin()),
                EventSink.of(s.ledger), s.parser, signature, s.messages, runner);
    }

    @AfterEach
    void close() {
        kiosk.services.close();
    }

    private String await() throws InterruptedException {
        String e = idle.poll(10, TimeUnit.SECONDS);
        assertThat(e).as("the step finished").isNotNull();
        return e;
    }

    private void scan(String text) {
        vm.onScan(Scan.fromText(text, StandardCharsets.UTF_8, "test", kiosk.clock.instant()));
    }

    private void scanBag(String orderId) throws Exception {
        var o = kiosk.services.orders().stream().filter(x -> x.orderId().equals(orderId)).findFirst().orElseThrow();
        scan("]d1" + BagLabels.forOrder(o, kiosk.services.config.site()).identifying().stream()
                .filter(t -> t.startsWith("=+")).findFirst().orElseThrow());
        await();
    }

    private void sign(String badge, String pin) throws InterruptedException {
        scan(TestKiosk.badge(badge));
        pin.chars().forEach(c -> signature.digit((char) c));
        signature.submit();
        if (await().equals("signed")) { // the PIN check
            assertThat(await()).isEqualTo("idle"); // the workflow step
        }
    }

    @Test
    void aDeliveryIsReleasedByTheCourierAndTakenByReceivingStaffAndANurseMayNotTakeIt() throws Exception {
        vm.start();
        await();
        HandoffViewModel.Offer delivery = vm.offers().stream().filter(o -> o.shipment().shipmentId().equals("SHP-DEMO-2"))
                .findFirst().orElseThrow();
        assertThat(delivery.direction()).isEqualTo(Direction.DELIVERY);
        vm.choose(delivery);
        scanBag("ORD-1002");
        scanBag("ORD-1005");
        vm.codes().select(HandoffViewModel.Field.SHIPPER);
        "SHIPPER-9".chars().forEach(c -> vm.codes().key((char) c));
        vm.codes().set(HandoffViewModel.Field.LOGGER, "tl-1");
        vm.codes().set(HandoffViewModel.Field.SEAL, "s-2");
        vm.release();
        await();
        assertThat(vm.stage().get()).isEqualTo(Stage.SIGN_RELEASE);
        assertThat(signature.meaning().get()).isEqualTo("Released by courier");

        sign("T00001", "1111");
        assertThat(vm.message().get()).isEqualTo("Alex Tan may not release this shipment (needs courier).");
        sign("C00002", "2222");
        assertThat(vm.stage().get()).isEqualTo(Stage.SIGN_TAKE);
        sign("N00004", "4444");
        assertThat(vm.message().get()).isEqualTo("Nora Okafor may not take custody of this shipment (needs receiving staff).");
        assertThat(recorded()).isEmpty();
        sign("R00003", "3333");
        assertThat(vm.stage().get()).isEqualTo(Stage.DONE);

        CustodyEvent e = recorded().get(0);
        assertThat(e.content().from().role()).isEqualTo(PartyRole.COURIER);
        assertThat(e.content().to().role()).isEqualTo(PartyRole.TREATMENT_SITE);
        assertThat(e.content().signatures()).extracting(x -> x.meaning()).containsExactly(SignatureMeaning.RELEASED,
                SignatureMeaning.RECEIVED);
        assertThat(e.content().payload()).containsEntry("direction", "DELIVERY").containsEntry("shipperId", "SHIPPER-9")
                .containsEntry("temperatureLogger", "TL-1").containsEntry("seal", "S-2");
    }

    @Test
    void aWrongPinCountsTowardsTheLockAndSignsNothing() throws Exception {
        vm.start();
        await();
        vm.choose(vm.offers().get(0));
        scanBag("ORD-1001");
        scanBag("ORD-1004");
        vm.codes().set(HandoffViewModel.Field.SHIPPER, "S1");
        vm.codes().set(HandoffViewModel.Field.LOGGER, "L1");
        vm.codes().set(HandoffViewModel.Field.SEAL, "X1");
        vm.release();
        await();
        sign("T00001", "9999");
        assertThat(signature.message().get()).contains("Wrong PIN").contains("4 more wrong PINs");
        assertThat(vm.stage().get()).isEqualTo(Stage.SIGN_RELEASE);
        assertThat(recorded()).isEmpty();
    }

    /** The events the test recorded (the demo journey seeded for bedside verification left out). */
    private java.util.List<CustodyEvent> recorded() throws Exception {
        return kiosk.services.ledger.asOf(kiosk.clock.instant().plusSeconds(3600 * 100)).stream().filter(e -> !Boolean.TRUE.equals(e.content().payload().get("demo"))).collect(java.util.stream.Collectors.toList());
    }
}
