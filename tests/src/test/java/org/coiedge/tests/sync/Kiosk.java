package org.coiedge.tests.sync;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.event.Ed25519;
import org.coiedge.core.event.EventContent;
import org.coiedge.core.sync.DeviceCredentials;
import org.coiedge.ledger.SqliteLedger;
import org.coiedge.ledger.keys.DeviceKeyStore;
import org.coiedge.ledger.synthetic.SyntheticEvents;
import org.coiedge.sync.CentralApi;
import org.coiedge.sync.CentralConfig;
import org.coiedge.sync.SyncPolicy;
import org.coiedge.sync.SyncStores;
import org.coiedge.sync.SyncWorker;

/** One kiosk for sync tests: a real ledger file, a device key, enrolment and a sync worker with a recording pause. */
final class Kiosk implements AutoCloseable {
    /** Short timeouts so fault tests stay fast. */
    static final Duration CONNECT = Duration.ofSeconds(2);
    static final Duration READ = Duration.ofMillis(1500);

    final Path db;
    final DeviceSigner signer;
    final SqliteLedger ledger;
    final SyntheticEvents events;
    final RecordingPause pause = new RecordingPause();
    DeviceCredentials credentials;
    SyncWorker worker;

    Kiosk(Path dir, String name) throws Exception {
        this.db = dir.resolve(name + ".db");
        var keys = Ed25519.generate();
        this.signer = Ed25519.signer(DeviceKeyStore.deviceId(keys.getPublic()), keys);
        this.ledger = SqliteLedger.open(db, signer, Clock.systemUTC());
        this.events = new SyntheticEvents(signer.deviceId(), 4, Instant.parse("2025-06-01T08:00:00Z"));
    }

    String deviceId() {
        return signer.deviceId();
    }

    static CentralConfig config(String url) {
        return CentralConfig.of(url).withTimeouts(CONNECT, READ, Duration.ofSeconds(10));
    }

    Kiosk enrol(String url, String code) throws Exception {
        credentials = new CentralApi(config(url), Clock.systemUTC()).enrol(code, signer);
        return this;
    }

    /** A worker talking to {@code url} (the server or a proxy in front of it) with the enrolled credentials. */
    SyncWorker worker(String url, SyncPolicy policy) {
        return worker(config(url), policy);
    }

    SyncWorker worker(CentralConfig config, SyncPolicy policy) {
        if (worker != null) {
            worker.close();
        }
        worker = new SyncWorker(new CentralApi(config, credentials, Clock.systemUTC()), deviceId(),
                new SyncStores(ledger.syncRecords(), ledger.referenceData(), ledger.identifierBlocks()), policy,
                Clock.systemUTC(), pause, new Random(6));
        return worker;
    }

    List<CustodyEvent> record(int n) throws Exception {
        List<EventContent> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            batch.add(events.next());
        }
        List<CustodyEvent> recorded = ledger.appendAll(batch);
        events.recorded(recorded);
        return recorded;
    }

    /** Event id to the server sequence the ledger stored with its acknowledgement. */
    Map<String, Long> acknowledgements() throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT event_id, server_sequence FROM ack ORDER BY seq")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
        ledger.close();
    }
}
