package org.coiedge.app.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coiedge.core.isbt128.ChainOfIdentityIdentifier;
import org.coiedge.core.isbt128.Din;
import org.coiedge.core.isbt128.DonationIdentificationNumber;
import org.coiedge.core.isbt128.Fin;
import org.coiedge.core.isbt128.ProductCode;
import org.coiedge.printer.emulator.ZebraEmulator;
import org.coiedge.printer.job.ConfirmedPrinter;
import org.coiedge.printer.job.PrintOutcome;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.template.CtBagData;
import org.coiedge.printer.template.CtBagTemplate;
import org.coiedge.printer.job.PrinterTimeouts;
import org.coiedge.printer.transport.PrinterUri;
import org.coiedge.printer.emulator.PtyLink;
import org.coiedge.app.cli.printer.EmulatedSerialPort;
import org.coiedge.printer.zpl.ZplRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code coi-edge bench printer}: ZPL generation time per {@code ct-bag} label at each resolution
 * (layout included), and print-to-confirmed time against the Zebra emulator over raw TCP and over
 * the serial transport (jssc on a pseudo-terminal, so without a real line's baud-rate delay). Synthetic
 * data from the validation facility A9999 only.
 */
@Command(name = "printer", mixinStandardHelpOptions = true,
        description = "Time ct-bag ZPL generation and print-to-confirmed against the Zebra emulator (TCP and serial on a pty).")
public final class BenchPrinterCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--labels", defaultValue = "2000", description = "Labels rendered per resolution (default 2000).")
    int labels;

    @Option(names = "--jobs", defaultValue = "100", description = "Jobs printed and confirmed (default 100).")
    int jobs;

    @Override
    public Integer call() throws Exception {
        Map<String, Object> line = new LinkedHashMap<>();
        Map<String, Object> zpl = new LinkedHashMap<>();
        for (Resolution r : Resolution.values()) {
            ZplRenderer renderer = new ZplRenderer(r);
            long[] nanos = new long[labels];
            for (int i = 0; i < labels; i++) {
                long t0 = System.nanoTime();
                renderer.render(CtBagTemplate.layout(bag(i)));
                nanos[i] = System.nanoTime() - t0;
            }
            zpl.put(String.valueOf(r.dpi()), summary(nanos, 1_000, "us"));
        }
        line.put("zplPerLabel", zpl);
        String job = new ZplRenderer(Resolution.DPI_300).render(CtBagTemplate.layout(bag(0)));
        try (ZebraEmulator emulator = ZebraEmulator.start(0)) {
            PrinterUri tcp = PrinterUri.parse("tcp://127.0.0.1:" + emulator.port());
            Map<String, Object> timed = printJobs(tcp, job);
            if (timed == null) {
                return 1;
            }
            line.put("printToConfirmed", timed);
            try (PtyLink port = EmulatedSerialPort.attach(emulator)) {
                Map<String, Object> serial = printJobs(PrinterUri.parse("serial:" + port.slave() + "?baud=115200"), job);
                if (serial == null) {
                    return 1;
                }
                line.put("printToConfirmedSerialPty", serial);
            }
            line.put("labelsCounted", emulator.labelsPrinted());
        }
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(line));
        return 0;
    }

    /** Prints {@code jobs} jobs through {@code uri}; the timing summary, or null (and a message) if one was not confirmed. */
    private Map<String, Object> printJobs(PrinterUri uri, String job) {
        ConfirmedPrinter printer = ConfirmedPrinter.at(uri, new PrinterTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(10), Duration.ofMillis(2)));
        long[] nanos = new long[jobs];
        for (int i = 0; i < jobs; i++) {
            long t0 = System.nanoTime();
            PrintOutcome o = printer.print(job, 1);
            nanos[i] = System.nanoTime() - t0;
            if (!(o instanceof PrintOutcome.Printed)) {
                spec.commandLine().getErr().println("coi-edge: bench job " + i + " to " + uri + " was not confirmed: " + o);
                return null;
            }
        }
        return summary(nanos, 1_000_000, "ms");
    }

    private static Map<String, Object> summary(long[] nanos, long unit, String name) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", s.length);
        m.put("p50_" + name, s.length == 0 ? 0 : s[s.length / 2] / (double) unit);
        m.put("p99_" + name, s.length == 0 ? 0 : s[Math.min(s.length - 1, s.length * 99 / 100)] / (double) unit);
        m.put("max_" + name, s.length == 0 ? 0 : s[s.length - 1] / (double) unit);
        return m;
    }

    private static CtBagData bag(int i) {
        Fin fin = Fin.of("A9999");
        ZonedDateTime collected = ZonedDateTime.parse("2024-06-03T09:15-04:00[America/New_York]").plusMinutes(i);
        return new CtBagData(DonationIdentificationNumber.withCheckFlag(new Din(fin, 24, i % 1_000_000)),
                new ProductCode("S1234", '1', "00"), "CAR-T CELLS, AUTOLOGOUS",
                ChainOfIdentityIdentifier.of(fin, 24, String.format("%06d", i % 1_000_000)), collected,
                collected.plusDays(2), new CtBagData.Patient("DOE, JANE", LocalDate.of(1961, 3, 12), "MRN-" + i),
                "FOR AUTOLOGOUS USE ONLY", new CtBagData.Facility("Validation Apheresis Center", fin),
                "Store at or below -150 C", List.of("NOT EVALUATED FOR INFECTIOUS SUBSTANCES"));
    }
}
