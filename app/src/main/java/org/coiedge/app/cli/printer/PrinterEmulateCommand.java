package org.coiedge.app.cli.printer;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.coiedge.printer.emulator.ZebraEmulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coi-edge printer emulate --port N}: a loopback Zebra printer until the process is stopped. */
@Command(name = "emulate", mixinStandardHelpOptions = true,
        description = "Run a loopback Zebra emulator (ZPL, ~HS, ~HQES, ~HI, odometer) until stopped with Ctrl-C.")
public final class PrinterEmulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "9100", paramLabel = "N", description = "Port on 127.0.0.1 (0: any free port). Default 9100.")
    int port;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (ZebraEmulator emulator = ZebraEmulator.start(port)) {
            out.println("{\"emulating\":\"tcp://127.0.0.1:" + emulator.port() + "\"}");
            out.flush();
            new CountDownLatch(1).await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
