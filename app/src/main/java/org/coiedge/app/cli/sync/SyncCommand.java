package org.coiedge.app.cli.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.coiedge.app.cli.ledger.DeviceKeys;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.ledger.IdentifierKind;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.sync.DeviceCredentials;
import org.coiedge.ledger.SqliteLedger;
import org.coiedge.ledger.keys.DeviceKeyStore;
import org.coiedge.sync.BlockTarget;
import org.coiedge.sync.CentralApi;
import org.coiedge.sync.CentralConfig;
import org.coiedge.sync.CentralException;
import org.coiedge.sync.Pause;
import org.coiedge.sync.RoundResult;
import org.coiedge.sync.SyncPolicy;
import org.coiedge.sync.SyncStores;
import org.coiedge.sync.SyncWorker;
import org.coiedge.sync.TlsSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge sync --db FILE [--central URL] [--enrol CODE] [--once]}: runs the sync worker
 * against the central chain from the command line: enrols the device first when given a code,
 * then either one round ({@code --once}, one JSON line, exit code by outcome) or rounds until
 * Ctrl-C (one JSON status line per change).
 */
@Command(name = "sync", mixinStandardHelpOptions = true, subcommands = SyncStatusCommand.class,
        description = "Hand the ledger's events to the central chain exactly once; pull reference data and identifier"
                + " blocks. Exit (--once): 0 synced, 1 not reachable or failed (try later), 3 chain refused,"
                + " 4 credentials refused, 2 cannot open the ledger or key store, 64 usage.")
public final class SyncCommand implements Callable<Integer> {
    static final int SYNCED = 0;
    static final int FAILED = 1;
    static final int CANNOT_RUN = 2;
    static final int CHAIN_REFUSED = 3;
    static final int AUTH_FAILED = 4;
    static final int USAGE = 64;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "The ledger file.")
    Path db;

    @Option(names = "--central", paramLabel = "URL",
            description = "The central system (https://host[:port]); default: the one the device enrolled with.")
    String central;

    @Option(names = "--enrol", paramLabel = "CODE", description = "Enrol this device with a one-time code first.")
    String enrolCode;

    @Option(names = "--once", description = "Run one round and exit.")
    boolean once;

    @Option(names = "--ca", paramLabel = "PEM", description = "Trust these CA certificates instead of the system's.")
    Path ca;

    @Option(names = "--pin", paramLabel = "sha256/BASE64", description = "Pin the central system's public key (repeatable).")
    List<String> pins = new ArrayList<>();

    @Option(names = "--key-store", paramLabel = "FILE", description = "Device key store (default: <db>.device.p12).")
    Path keyStore;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500", description = "Events per upload (default 500).")
    int batch;

    @Option(names = "--keep-identifiers", paramLabel = "N", defaultValue = "100",
            description = "Keep at least N DINs and N COIs leased for the enrolled site (default 100).")
    int keepIdentifiers;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (db == null) {
            err.println("coi-edge sync: --db FILE is required");
            return USAGE;
        }
        Path store = keyStore != null ? keyStore : DeviceKeys.defaultStore(db);
        DeviceSigner signer;
        Optional<DeviceCredentials> creds;
        CentralConfig config;
        try {
            signer = DeviceKeys.open(db, store);
            creds = DeviceKeyStore.credentials(store, DeviceKeys.password());
            String url = central != null ? central : creds.map(DeviceCredentials::centralUrl).orElse(null);
            if (url == null) {
                err.println("coi-edge sync: this device is not enrolled: give --central URL and --enrol CODE");
                return USAGE;
            }
            config = CentralConfig.of(url).withTls(new TlsSettings(Optional.ofNullable(ca), pins));
        } catch (LedgerException e) {
            err.println("coi-edge sync: " + e.getMessage());
            return CANNOT_RUN;
        } catch (IllegalArgumentException e) {
            err.println("coi-edge sync: " + e.getMessage());
            return USAGE;
        }
        if (enrolCode != null) {
            try {
                creds = Optional.of(new CentralApi(config, Clock.systemUTC()).enrol(enrolCode, signer));
                DeviceKeyStore.saveCredentials(store, DeviceKeys.password(), creds.get());
                err.println("coi-edge sync: enrolled as " + creds.get().deviceId() + " for site " + creds.get().site());
            } catch (CentralException e) {
                err.println("coi-edge sync: enrolment failed: " + e.getMessage());
                return e.failure() == CentralException.Failure.REFUSED ? AUTH_FAILED : FAILED;
            }
        }
        if (creds.isEmpty()) {
            err.println("coi-edge sync: this device is not enrolled with " + config.baseUrl() + ": add --enrol CODE");
            return USAGE;
        }
        return run(signer, creds.get(), config);
    }

    private int run(DeviceSigner signer, DeviceCredentials creds, CentralConfig config) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper json = new ObjectMapper();
        Fin site = Fin.of(creds.site());
        SyncPolicy policy = SyncPolicy.defaults().withBatch(batch, 1 << 20).withBlockTargets(keepIdentifiers < 1 ? List.of()
                : List.of(new BlockTarget(IdentifierKind.DIN, site, keepIdentifiers),
                        new BlockTarget(IdentifierKind.COI, site, keepIdentifiers)));
        try (SqliteLedger ledger = SqliteLedger.open(db, signer, Clock.systemUTC())) {
            SyncWorker worker = new SyncWorker(new CentralApi(config, creds, Clock.systemUTC()), creds.deviceId(),
                    new SyncStores(ledger.syncRecords(), ledger.referenceData(), ledger.identifierBlocks(),
                            ledger.remoteEvents()), policy,
                    Clock.systemUTC(), Pause.real(), new Random());
            if (once) {
                RoundResult r = worker.runRound();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("result", r.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
                if (r instanceof RoundResult.Synced) {
                    line.put("acknowledged", ((RoundResult.Synced) r).acknowledged());
                    line.put("quarantined", ((RoundResult.Synced) r).quarantined());
                }
                line.put("status", StatusJson.status(worker.status()));
                out.println(json.writeValueAsString(line));
                worker.status().lastError().ifPresent(m -> spec.commandLine().getErr().println("coi-edge sync: " + m));
                return r instanceof RoundResult.Synced ? SYNCED : r instanceof RoundResult.ChainRefused ? CHAIN_REFUSED
                        : r instanceof RoundResult.Stopped ? AUTH_FAILED : FAILED;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                worker.close();
                stopped.countDown();
            }, "coi-edge-sync-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try (AutoCloseable sub = worker.subscribe(s -> {
                try {
                    out.println(json.writeValueAsString(StatusJson.status(s)));
                    out.flush();
                } catch (java.io.IOException ignored) {
                    // a status line that cannot be written is skipped
                }
            })) {
                worker.start();
                stopped.await();
            }
            return SYNCED;
        } catch (LedgerException e) {
            spec.commandLine().getErr().println("coi-edge sync: " + e.getMessage());
            return CANNOT_RUN;
        }
    }
}
