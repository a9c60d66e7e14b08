package org.coiedge.app.kiosk;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.coiedge.app.config.ConfigLoader;
import org.coiedge.app.config.ConfigResult;
import org.coiedge.app.config.KioskConfig;
import org.coiedge.app.config.KioskPaths;
import org.coiedge.core.auth.PinHasher;

/** Builds kiosk services for tests: demo data in a temp folder, cheap PIN hashing, a manual scanner, no camera. */
public final class TestKiosk {
    public final MutableClock clock = new MutableClock(Instant.parse("2025-06-03T13:15:00Z"));
    public final ManualScanSource scanner = new ManualScanSource("test:scanner", clock);
    public final KioskServices services;

    /** @param printerUri {@code virtual} or {@code tcp://127.0.0.1:PORT} */
    public TestKiosk(Path dir, String printerUri, java.util.function.Consumer<String> typedKeys) throws Exception {
        this(dir, printerUri, typedKeys, null);
    }

    /** @param sync the sync monitor, or null for the configuration's ("not configured") */
    public TestKiosk(Path dir, String printerUri, java.util.function.Consumer<String> typedKeys,
            org.coiedge.core.sync.SyncMonitor sync) throws Exception {
        Properties p = new Properties();
        p.setProperty("mode.demo", "true");
        p.setProperty("site.fin", "A9999");
        p.setProperty("site.name", "Validation Apheresis Center");
        p.setProperty("site.zone", "America/New_York");
        p.setProperty("printers", "bag");
        p.setProperty("printer.bag.uri", printerUri);
        p.setProperty("printer.bag.name", "ZD621");
        p.setProperty("scanner.camera", "none");
        p.setProperty("sounds", "off");
        p.setProperty("kiosk.full-screen", "false");
        p.setProperty("timeout.print-confirm-seconds", "5");
        KioskConfig config = ((ConfigResult.Valid) ConfigLoader.parse(p, "test")).config();
        services = KioskServices.builder(config, new KioskPaths(dir, Optional.empty())).clock(clock)
                .pinHasher(new PinHasher(1_000)).cameras(false).scanSource(scanner).sync(sync).open(typedKeys);
    }

    /** The scan text of a demo badge, as a Code 128 scanner sends it. */
    public static String badge(String suffix) {
        return "]C0='A9999" + suffix;
    }
}
