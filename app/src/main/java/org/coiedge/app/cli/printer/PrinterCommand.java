package org.coiedge.app.cli.printer;

import picocli.CommandLine.Command;

/** {@code coi-edge printer}: ask a printer for its status, or run a Zebra emulator. */
@Command(name = "printer",
        mixinStandardHelpOptions = true,
        description = "Printer status and a loopback Zebra emulator.",
        subcommands = {PrinterStatusCommand.class, PrinterEmulateCommand.class})
public final class PrinterCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
