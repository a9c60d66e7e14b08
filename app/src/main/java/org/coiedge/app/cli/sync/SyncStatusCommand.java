package org.coiedge.app.cli.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coiedge.app.cli.ledger.DeviceKeys;
import org.coiedge.app.cli.ledger.ExitCodes;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.ledger.SqliteLedger;
import org.coiedge.ledger.keys.DeviceKeyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge sync status --db FILE}: what the ledger still has to send and what the central
 * chain refused (quarantined, with reasons), without contacting the central system.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show pending and quarantined events of a ledger, offline. Exit 0, or 2 if unreadable.")
public final class SyncStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The ledger file.")
    Path db;

    @Option(names = "--key-store", paramLabel = "FILE", description = "Device key store (default: <db>.device.p12).")
    Path keyStore;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("db", db.toString());
        try (SqliteLedger ledger = SqliteLedger.openReadOnly(db)) {
            out.put("outbox", StatusJson.outbox(ledger.syncRecords().summary()));
            out.put("quarantinedEvents", StatusJson.quarantined(ledger.syncRecords().quarantined()));
            Path store = keyStore != null ? keyStore : DeviceKeys.defaultStore(db);
            out.put("enrolment", DeviceKeyStore.credentials(store, DeviceKeys.password()).map(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("deviceId", c.deviceId());
                m.put("central", c.centralUrl());
                m.put("site", c.site());
                return m;
            }).orElse(null));
        } catch (LedgerException e) {
            spec.commandLine().getErr().println("coi-edge: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(out));
        return ExitCodes.OK;
    }
}
