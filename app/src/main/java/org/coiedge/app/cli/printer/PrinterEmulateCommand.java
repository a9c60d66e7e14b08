package org.coiedge.app.cli.printer;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coiedge.printer.emulator.PtyLink;
import org.coiedge.printer.emulator.ZebraEmulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge printer emulate [--port N] [--serial]}: a loopback Zebra printer until the process
 * is stopped; with {@code --serial} the same printer also sits behind a new pseudo-terminal.
 */
@Command(name = "emulate", mixinStandardHelpOptions = true,
        description = "Run a loopback Zebra emulator (ZPL, ~HS, ~HQES, ~HI, odometer) until stopped with Ctrl-C.")
public final class PrinterEmulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "9100", paramLabel = "N", description = "Port on 127.0.0.1 (0: any free port). Default 9100.")
    int port;

    @Option(names = "--serial", description = "Also emulate a serial printer on a new pseudo-terminal (Linux);"
            + " reach it as serial:/dev/pts/N or usb:/dev/pts/N.")
    boolean serial;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PtyLink link = null;
        try (ZebraEmulator emulator = ZebraEmulator.start(port)) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("emulating", "tcp://127.0.0.1:" + emulator.port());
            if (serial) {
                link = EmulatedSerialPort.attach(emulator);
                line.put("serial", "serial:" + link.slave());
                line.put("usb", "usb:" + link.slave());
            }
            out.println(new ObjectMapper().writeValueAsString(line));
            out.flush();
            new CountDownLatch(1).await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            if (link != null) {
                link.close();
            }
        }
        return 0;
    }
}
