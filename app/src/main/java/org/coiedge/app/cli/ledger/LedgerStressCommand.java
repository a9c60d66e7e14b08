package org.coiedge.app.cli.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coiedge.core.event.CustodyEvent;
import org.coiedge.core.event.DeviceSigner;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.ledger.SqliteLedger;
import org.coiedge.ledger.synthetic.SyntheticEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge ledger stress --db FILE --events N --ack-log FILE}: appends N synthetic events one
 * by one; after each append returns, writes the event id as a line to the ack log and flushes it.
 * Ends with one JSON line: events appended, seconds, appends per second.
 */
@Command(name = "stress", mixinStandardHelpOptions = true,
        description = "Append N realistic synthetic events, logging each id once it is durable.")
public final class LedgerStressCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The ledger file (created if missing).")
    Path db;

    @Option(names = "--events", required = true, paramLabel = "N", description = "How many events to append.")
    long events;

    @Option(names = "--ack-log", required = true, paramLabel = "FILE",
            description = "File to which each durable event id is appended as one line.")
    Path ackLog;

    @Option(names = "--cois", paramLabel = "N", defaultValue = "8", description = "COIs in flight at once (default 8).")
    int cois;

    @Option(names = "--key-store", paramLabel = "FILE",
            description = "PKCS12 device key store (default: <db>.device.p12, created on first use).")
    Path keyStore;

    @Override
    public Integer call() throws Exception {
        if (events < 0) {
            spec.commandLine().getErr().println("coi-edge: --events must be 0 or more");
            return ExitCodes.USAGE;
        }
        long started = System.nanoTime();
        try {
            DeviceSigner signer = DeviceKeys.open(db, keyStore);
            try (SqliteLedger ledger = SqliteLedger.open(db, signer, Clock.systemUTC(),
                    org.coiedge.app.cli.VersionProvider.version());
                 OutputStream log = new FileOutputStream(ackLog.toFile(), true)) {
                // The journeys happened in the recent past, 7 s apart, so custody state "now" covers them all.
                SyntheticEvents gen = new SyntheticEvents(signer.deviceId(), cois,
                        Clock.systemUTC().instant().minusSeconds(7 * events));
                for (long i = 0; i < events; i++) {
                    CustodyEvent e = ledger.append(gen.next());
                    gen.recorded(e);
                    log.write((e.id() + "\n").getBytes(StandardCharsets.US_ASCII));
                    log.flush();
                }
            }
        } catch (LedgerException e) {
            spec.commandLine().getErr().println("coi-edge: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (IOException e) {
            spec.commandLine().getErr().println("coi-edge: cannot write ack log " + ackLog + ": " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("appended", events);
        line.put("seconds", Math.round(seconds * 1000) / 1000.0);
        line.put("appendsPerSecond", Math.round(events / seconds));
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(line));
        return ExitCodes.OK;
    }
}
