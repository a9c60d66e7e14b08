package org.coiedge.app.cli.label;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coiedge.printer.job.ConfirmedPrinter;
import org.coiedge.printer.job.PrintOutcome;
import org.coiedge.printer.job.PrinterTimeouts;
import org.coiedge.printer.transport.InvalidPrinterUriException;
import org.coiedge.printer.transport.PrinterUri;
import org.coiedge.printer.zpl.ZplRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge label print --template NAME --dpi DPI --data FILE.json --printer URI}:
 * renders and prints one label with confirmation. Exit 0 printed and confirmed, 3 failed (nothing
 * printed), 4 unconfirmed (destroy any label from the job), 65 data refused, 64 usage.
 */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = "Render a label and print it on a Zebra printer, confirmed by the printer's status and label counter.")
public final class LabelPrintCommand implements Callable<Integer> {
    public static final int EXIT_FAILED = 3;
    public static final int EXIT_UNCONFIRMED = 4;

    @Spec
    CommandSpec spec;

    @Option(names = "--template", required = true, paramLabel = "NAME", description = "ct-bag, ct-small, shipper or badge.")
    String template;

    @Option(names = "--dpi", required = true, paramLabel = "DPI", description = "The printer's resolution: 203, 300 or 600.")
    int dpi;

    @Option(names = "--data", required = true, paramLabel = "FILE.json", description = "The label data (keys in the README).")
    Path data;

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
            return LabelRenderCommand.EXIT_USAGE;
        }
        LabelInput.Loaded loaded = LabelInput.load(template, dpi, data, err);
        if (loaded.label() == null) {
            return loaded.exit();
        }
        String zpl = new ZplRenderer(loaded.resolution()).render(loaded.label().label());
        PrintOutcome outcome = ConfirmedPrinter.at(uri, PrinterTimeouts.DEFAULTS).print(zpl, 1);
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("template", loaded.label().label().template().toString());
        line.put("printer", uri.toString());
        line.put("symbols", loaded.label().symbols());
        int exit;
        if (outcome instanceof PrintOutcome.Printed) {
            PrintOutcome.Printed p = (PrintOutcome.Printed) outcome;
            line.put("outcome", "PRINTED");
            line.put("odometerBefore", p.odometerBefore());
            line.put("odometerAfter", p.odometerAfter());
            exit = 0;
        } else if (outcome instanceof PrintOutcome.Failed) {
            PrintOutcome.Failed f = (PrintOutcome.Failed) outcome;
            line.put("outcome", "FAILED");
            line.put("reason", f.reason().name());
            line.put("message", f.message());
            err.println("coi-edge: " + f.message());
            exit = EXIT_FAILED;
        } else {
            PrintOutcome.Unconfirmed u = (PrintOutcome.Unconfirmed) outcome;
            line.put("outcome", "UNCONFIRMED");
            line.put("reason", u.reason().name());
            line.put("message", u.message());
            err.println("coi-edge: " + u.message());
            exit = EXIT_UNCONFIRMED;
        }
        out.println(new ObjectMapper().writeValueAsString(line));
        return exit;
    }
}
