package org.coiedge.app.cli.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.Verification;
import org.coiedge.ledger.SqliteLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge ledger verify --db FILE}: one JSON line on standard output. Exit 0 when the chain
 * is intact, 1 naming the first broken event, 2 when the file cannot be read as a ledger.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check every link, hash and device signature of a ledger. Exit 0 intact, 1 broken, 2 unreadable.")
public final class LedgerVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The ledger file.")
    Path db;

    @Option(names = "--fast", description = "Check every link and hash but only the newest event's device signature,"
            + " which vouches for the whole chain; on a break, still names the first event the device did not sign.")
    boolean fast;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Verification v;
        try (SqliteLedger ledger = SqliteLedger.openReadOnly(db)) {
            v = fast ? ledger.verifyHeadSignature() : ledger.verify();
        } catch (LedgerException e) {
            err.println("coi-edge: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("db", db.toString());
        line.put("signaturesChecked", fast ? "HEAD" : "ALL");
        if (v instanceof Verification.Intact) {
            Verification.Intact ok = (Verification.Intact) v;
            line.put("status", "INTACT");
            line.put("events", ok.events());
            line.put("headHash", ok.headHash());
            out.println(new ObjectMapper().writeValueAsString(line));
            return ExitCodes.OK;
        }
        Verification.Broken b = (Verification.Broken) v;
        line.put("status", "BROKEN");
        line.put("eventsVerified", b.events());
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("sequence", b.sequence());
        first.put("eventId", b.eventId() == null ? null : b.eventId().toString());
        first.put("problem", b.problem().name());
        first.put("detail", b.detail());
        line.put("firstBroken", first);
        out.println(new ObjectMapper().writeValueAsString(line));
        err.println("coi-edge: ledger " + db + " is broken: " + b.detail()
                + ". Do not use this ledger; keep the file for investigation.");
        return ExitCodes.BROKEN;
    }
}
