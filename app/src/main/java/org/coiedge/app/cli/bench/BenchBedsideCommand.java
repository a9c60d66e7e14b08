package org.coiedge.app.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.coiedge.app.bedside.BedsideScreens;
import org.coiedge.app.bedside.BedsideViewModel;
import org.coiedge.app.bedside.LedgerBedsideFacts;
import org.coiedge.app.config.ConfigLoader;
import org.coiedge.app.config.ConfigResult;
import org.coiedge.app.config.KioskPaths;
import org.coiedge.app.kiosk.KioskServices;
import org.coiedge.app.kiosk.data.LabelOrder;
import org.coiedge.app.kiosk.demo.DemoBedside;
import org.coiedge.app.printverify.BagLabels;
import org.coiedge.core.auth.PinHasher;
import org.coiedge.core.auth.StaffMember;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.event.EventType;
import org.coiedge.core.event.IdentifierProvenance;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.scanner.Scan;
import org.coiedge.core.workflow.BagIdentity;
import org.coiedge.core.workflow.bedside.BedsideCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge bench bedside}: scan-to-decision latency of bedside verification, from the last
 * bag scan handed to the {@link BedsideViewModel} until its decision is shown, through the real
 * kiosk wiring (demo data, SQLite ledger in a folder, the kiosk's worker thread) with a direct UI
 * executor. Every tenth verification is a wrong bag, so its decision includes the durable
 * MISMATCH_DETECTED commit. The baseline, measured in the same run on the same ledger: the bare
 * facts reads plus {@link BedsideCheck#check} plus one ledger append.
 */
@Command(name = "bedside", mixinStandardHelpOptions = true,
        description = "Time bedside scan-to-decision through the ViewModel against a bare check plus one append.")
public final class BenchBedsideCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--verifications", defaultValue = "500", description = "Bag decisions timed (default 500).")
    int verifications;

    @Option(names = "--dir", paramLabel = "DIR", description = "Data folder (default: a new temporary folder).")
    Path dir;

    @Override
    public Integer call() throws Exception {
        Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("coi-edge-bench-bedside");
        Properties p = new Properties();
        p.setProperty("mode.demo", "true");
        p.setProperty("site.fin", "A9999");
        p.setProperty("scanner.wedge", "false");
        p.setProperty("scanner.camera", "none");
        p.setProperty("sounds", "off");
        var config = ((ConfigResult.Valid) ConfigLoader.parse(p, "bench")).config();
        // Cheap PIN hashing: the bench never checks a PIN, it only seeds the demo staff.
        try (KioskServices s = KioskServices.builder(config, new KioskPaths(work, Optional.empty()))
                .pinHasher(new PinHasher(1_000)).cameras(false).open(keys -> { })) {
            LabelOrder released = DemoBedside.order(s.ledger.referenceData()).orElseThrow();
            LabelOrder other = s.orders().stream().filter(o -> !o.orderId().equals(released.orderId())
                    && !o.patientId().equals(released.patientId())).findFirst().orElseThrow();
            StaffMember nurse = s.personnel.find(config.site().fin().value() + "N00004").orElseThrow();
            BedsideViewModel vm = BedsideScreens.viewModel(s, r -> { }, Runnable::run);
            int warmup = Math.min(50, verifications);
            long[] all = new long[verifications];
            long[] proceed = new long[verifications];
            long[] stop = new long[verifications];
            int np = 0;
            int ns = 0;
            for (int i = -warmup; i < verifications; i++) {
                boolean wrong = i >= 0 && i % 10 == 9;
                vm.begin(nurse);
                await(vm, () -> accepted(vm.onScan(scan(s, "]C0" + released.wristband()))), BedsideViewModel.Phase.BAG);
                String bag = dataMatrix(s, wrong ? other : released);
                long t0 = System.nanoTime();
                await(vm, () -> accepted(vm.onScan(scan(s, bag))), wrong ? BedsideViewModel.Phase.HARD_STOP
                        : BedsideViewModel.Phase.SECOND_NURSE);
                long t = System.nanoTime() - t0;
                if (i >= 0) {
                    all[i] = t;
                    if (wrong) {
                        stop[ns++] = t;
                    } else {
                        proceed[np++] = t;
                    }
                }
            }
            vm.abandon();
            long[] base = baseline(s, released, warmup);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("verifications", verifications);
            line.put("scanToDecision", summary(all));
            line.put("scanToDecisionProceed", summary(Arrays.copyOf(proceed, np)));
            line.put("scanToDecisionHardStopWithCommit", summary(Arrays.copyOf(stop, ns)));
            line.put("baselineCheckPlusAppend", summary(base));
            double vmP99 = p99(all);
            double baseP99 = p99(base);
            line.put("ratioP99", baseP99 == 0 ? 0 : Math.round(vmP99 / baseP99 * 100) / 100.0);
            line.put("targetP99Ms", 50);
            line.put("targetMet", vmP99 < 50.0);
            line.put("ledgerEvents", s.ledger.size());
            spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(line));
        }
        return 0;
    }

    private long[] baseline(KioskServices s, LabelOrder o, int warmup) throws Exception {
        var facts = new LedgerBedsideFacts(s.ledger, s.ledger.referenceData(), s.clock);
        var site = BedsideScreens.site(s);
        CoiId benchCoi = new CoiId(site.site(), o.coi().year(), "BENCH1");
        Din benchDin = new Din(site.site(), o.din().year(), 999_999);
        long[] out = new long[verifications];
        for (int i = -warmup; i < verifications; i++) {
            long t0 = System.nanoTime();
            var order = facts.orderForPatient(o.patientId());
            var release = facts.releaseFor(o.din());
            var custody = facts.custodyNow(o.coi());
            var m = BedsideCheck.check(o.patientId(), BagIdentity.of(o.din(), o.coi(), IdentifierProvenance.SCANNED),
                    order, release, custody, site.site(), s.clock.instant());
            s.ledger.append(new EventContent(EventType.MISMATCH_DETECTED, benchCoi, List.of(benchDin), null, null, null,
                    site.site(), site.zone(), site.deviceId(), List.of(), s.clock.instant(), Map.of(benchCoi.value(),
                    IdentifierProvenance.SCANNED, benchDin.value(), IdentifierProvenance.SCANNED),
                    Map.of("bench", true, "mismatches", m.size()), null));
            if (i >= 0) {
                out[i] = System.nanoTime() - t0;
            }
        }
        return out;
    }

    private static void await(BedsideViewModel vm, Runnable action, BedsideViewModel.Phase wanted) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        javafx.beans.value.ChangeListener<BedsideViewModel.Phase> l = (o, a, p) -> {
            if (p == wanted) {
                done.countDown();
            }
        };
        vm.phase().addListener(l);
        try {
            action.run();
            if (!done.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no " + wanted + " within 10 s (at " + vm.phase().get() + ", busy "
                        + vm.busy().get() + "): " + vm.message().get());
            }
        } finally {
            vm.phase().removeListener(l);
        }
    }

    private static void accepted(org.coiedge.app.kiosk.scan.ScanReaction r) {
        if (r.kind() != org.coiedge.app.kiosk.scan.ScanReaction.Kind.ACCEPTED) {
            throw new IllegalStateException("scan not accepted: " + r.message());
        }
    }

    private static Scan scan(KioskServices s, String text) {
        return Scan.fromText(text, StandardCharsets.UTF_8, "bench", Instant.now());
    }

    private static String dataMatrix(KioskServices s, LabelOrder o) {
        return "]d1" + BagLabels.forOrder(o, s.config.site()).identifying().stream().filter(t -> t.startsWith("=+"))
                .findFirst().orElseThrow();
    }

    private static double p99(long[] nanos) {
        long[] x = nanos.clone();
        Arrays.sort(x);
        return x.length == 0 ? 0 : x[Math.min(x.length - 1, x.length * 99 / 100)] / 1e6;
    }

    private static Map<String, Object> summary(long[] nanos) {
        long[] x = nanos.clone();
        Arrays.sort(x);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", x.length);
        m.put("p50_ms", x.length == 0 ? 0 : x[x.length / 2] / 1e6);
        m.put("p99_ms", p99(nanos));
        m.put("max_ms", x.length == 0 ? 0 : x[x.length - 1] / 1e6);
        return m;
    }
}
