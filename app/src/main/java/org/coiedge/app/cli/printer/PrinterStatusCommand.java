package org.coiedge.app.cli.printer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coiedge.printer.job.PrinterTimeouts;
import org.coiedge.printer.status.ErrorStatus;
import org.coiedge.printer.status.PrinterIdentity;
import org.coiedge.printer.status.PrinterStatus;
import org.coiedge.printer.status.ZebraProtocol;
import org.coiedge.printer.transport.InvalidPrinterUriException;
import org.coiedge.printer.transport.PrinterConnection;
import org.coiedge.printer.transport.PrinterConnections;
import org.coiedge.printer.transport.PrinterIoException;
import org.coiedge.printer.transport.PrinterUri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge printer status --printer URI} (tcp, serial or usb; see {@link PrinterUri}): one JSON line with ~HQES errors,
 * ~HS status, ~HI identity and the odometer. Exit 0 ready, 1 not ready or not answering (unknown
 * is never ready), 2 unreachable, 64 usage.
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Ask a Zebra printer for its status.")
public final class PrinterStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--printer", required = true, paramLabel = "URI", description = "tcp://HOST[:PORT], serial:/dev/ttyUSB0[?baud=9600&data=8&parity=none&stop=1&flow=none] or usb:/dev/usb/lp0.")
    String printer;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrinterUri uri;
        try {
            uri = PrinterUri.parse(printer);
        } catch (InvalidPrinterUriException e) {
            err.println("coi-edge: " + e.getMessage());
            return 64;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("printer", uri.toString());
        PrinterConnection c;
        try {
            c = PrinterConnections.open(uri, PrinterTimeouts.DEFAULTS.connect());
        } catch (PrinterIoException e) {
            err.println("coi-edge: " + e.getMessage());
            return 2;
        }
        try (c) {
            ZebraProtocol p = new ZebraProtocol(c, PrinterTimeouts.DEFAULTS.reply());
            ErrorStatus errors = p.errorStatus();
            line.put("errors", errors.errors().stream().map(Enum::name).toArray());
            line.put("identity", identity(p.identity()));
            line.put("odometer", p.odometer());
            PrinterStatus s;
            try {
                s = p.hostStatus();
            } catch (PrinterIoException silent) {
                s = null;
            }
            boolean ready = s != null && s.isReadyToPrint() && !errors.hasErrors();
            line.put("answered", s != null);
            line.put("ready", ready);
            line.put("status", s);
            out.println(new ObjectMapper().writeValueAsString(line));
            if (!ready) {
                err.println("coi-edge: printer at " + c.address() + " is not ready"
                        + (errors.errors().isEmpty() ? "" : ": " + errors.errors().get(0).advice()));
            }
            return ready ? 0 : 1;
        } catch (PrinterIoException e) {
            line.put("answered", false);
            line.put("ready", false);
            out.println(new ObjectMapper().writeValueAsString(line));
            err.println("coi-edge: printer at " + c.address() + (e.kind() == PrinterIoException.Kind.BAD_REPLY
                    ? " answered something unreadable" : " did not answer") + " - status unknown, treat it as not ready; "
                    + c.noAnswerAdvice());
            return 1;
        }
    }

    private static Map<String, Object> identity(PrinterIdentity i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", i.model());
        m.put("firmware", i.firmware());
        m.put("dpi", i.dpi());
        return m;
    }
}
