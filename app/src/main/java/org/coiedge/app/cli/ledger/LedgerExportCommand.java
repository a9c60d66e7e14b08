package org.coiedge.app.cli.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.ledger.SqliteLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge ledger export --db FILE [--coi COI] [--as-of INSTANT]}: the events and the derived
 * custody state as one JSON document. Exit 0, 2 when the ledger cannot be read, 64 for a bad option.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print the events (and the derived custody state) of a ledger as JSON.")
public final class LedgerExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The ledger file.")
    Path db;

    @Option(names = "--coi", paramLabel = "COI", description = "Only this chain of identity, e.g. CHA999025000001.")
    String coi;

    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "The ledger as it stood at this UTC instant, e.g. 2025-03-01T10:00:00Z.")
    String asOf;

    @Override
    public Integer call() throws Exception {
        CoiId coiId = null;
        Instant at = null;
        try {
            coiId = coi == null ? null : CoiId.parseKeyed(coi);
            at = asOf == null ? null : Instant.parse(asOf);
        } catch (ScanDecodeException e) {
            spec.commandLine().getErr().println("coi-edge: --coi " + coi + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("coi-edge: --as-of " + asOf
                    + " is not a UTC instant: write it like 2025-03-01T10:00:00Z");
            return ExitCodes.USAGE;
        }
        try (SqliteLedger ledger = SqliteLedger.openReadOnly(db)) {
            var tree = LedgerExport.build(ledger, coiId, at, Instant.now());
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(tree));
            return ExitCodes.OK;
        } catch (LedgerException e) {
            spec.commandLine().getErr().println("coi-edge: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
    }
}
