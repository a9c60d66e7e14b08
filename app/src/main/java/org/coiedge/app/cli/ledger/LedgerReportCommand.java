package org.coiedge.app.cli.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.coiedge.app.report.CoiReport;
import org.coiedge.app.report.CoiReportPdf;
import org.coiedge.core.codec.ScanDecodeException;
import org.coiedge.core.isbt128.CoiId;
import org.coiedge.core.ledger.LedgerException;
import org.coiedge.core.ledger.Verification;
import org.coiedge.ledger.SqliteLedger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge ledger report --db FILE --coi COI [--as-of INSTANT] --pdf OUT.pdf}: the inspector's
 * PDF of one chain of identity. Exit 0 when written from an intact ledger, 1 when written but the
 * ledger failed verification (the PDF says so), 2 when the ledger cannot be read, 64 for bad options.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write an inspector's PDF of one chain of identity: events, signatures, custody, verification.")
public final class LedgerReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The ledger file.")
    Path db;

    @Option(names = "--coi", required = true, paramLabel = "COI", description = "The chain of identity, e.g. CHA999025000001.")
    String coi;

    @Option(names = "--as-of", paramLabel = "INSTANT", description = "The record as it stood at this UTC instant.")
    String asOf;

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "Where to write the PDF.")
    Path pdf;

    @Override
    public Integer call() throws IOException {
        CoiId id;
        Instant now = Instant.now();
        Instant at;
        try {
            id = CoiId.parseKeyed(coi);
            at = asOf == null ? now : Instant.parse(asOf);
        } catch (ScanDecodeException e) {
            spec.commandLine().getErr().println("coi-edge: --coi " + coi + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (DateTimeParseException e) {
            spec.commandLine().getErr().println("coi-edge: --as-of " + asOf
                    + " is not a UTC instant: write it like 2025-03-01T10:00:00Z");
            return ExitCodes.USAGE;
        }
        CoiReport report;
        try (SqliteLedger ledger = SqliteLedger.openReadOnly(db)) {
            report = CoiReport.of(ledger, id, at, now);
        } catch (LedgerException e) {
            spec.commandLine().getErr().println("coi-edge: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        CoiReportPdf.write(report, pdf);
        boolean intact = report.verification() instanceof Verification.Intact;
        spec.commandLine().getOut().println("Wrote " + pdf + ": " + report.events().size() + " events of "
                + id.eyeReadable() + "; ledger " + (intact ? "intact" : "FAILED verification"));
        return intact ? ExitCodes.OK : ExitCodes.BROKEN;
    }
}
