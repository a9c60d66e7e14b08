package org.coiedge.app.cli.ledger;

import picocli.CommandLine.Command;

/** {@code coi-edge ledger}: check, export and exercise a custody ledger file. */
@Command(name = "ledger",
        mixinStandardHelpOptions = true,
        description = "Verify, export or stress a custody ledger file.",
        subcommands = {LedgerVerifyCommand.class, LedgerExportCommand.class, LedgerReportCommand.class,
                LedgerStressCommand.class})
public final class LedgerCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
