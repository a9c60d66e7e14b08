package org.coiedge.app.cli.bench;

import picocli.CommandLine.Command;

/** {@code coi-edge bench}: measurements, printed as JSON; never part of the unit tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure performance on this machine and print the figures as JSON.",
        subcommands = {BenchLedgerCommand.class, BenchPrinterCommand.class, BenchScanCommand.class,
                BenchStartupCommand.class, BenchSyncCommand.class, BenchBedsideCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
