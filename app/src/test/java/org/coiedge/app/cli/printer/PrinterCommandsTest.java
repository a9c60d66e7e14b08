package org.coiedge.app.cli.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coiedge.app.cli.CoiEdgeCommand;
import org.coiedge.printer.emulator.PtyLink;
import org.coiedge.printer.emulator.ZebraEmulator;
import org.coiedge.printer.emulator.ZebraEmulator.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code label print} and {@code printer status} in-process against the Zebra emulator. */
class PrinterCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private ZebraEmulator emulator;
    private String uri;
    private Path data;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    @BeforeEach
    void start() throws Exception {
        emulator = ZebraEmulator.start(0);
        uri = "tcp://127.0.0.1:" + emulator.port();
        data = dir.resolve("bag.json");
        try (InputStream in = PrinterCommandsTest.class.getResourceAsStream("/label/ct-bag.json")) {
            Files.write(data, in.readAllBytes());
        }
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CoiEdgeCommand.run(args, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run print() {
        return run("label", "print", "--template", "ct-bag", "--dpi", "300", "--data", data.toString(), "--printer", uri);
    }

    @Test
    void aLabelPrintedOnAReadyPrinterIsConfirmedByTheOdometer() throws Exception {
        Run r = print();
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("outcome").asText()).isEqualTo("PRINTED");
        assertThat(r.json().get("odometerAfter").asLong()).isEqualTo(r.json().get("odometerBefore").asLong() + 1);
        assertThat(r.json().get("template").asText()).isEqualTo("ct-bag@1");
        assertThat(emulator.labelsPrinted()).isEqualTo(1);
        assertThat(emulator.formatsReceived().get(0)).contains("^FX coi-edge ct-bag@1 300 dpi", "^JZN");
    }

    @Test
    void aLabelForAPrinterWithItsHeadOpenFailsAndTellsTheOperatorWhatToDo() throws Exception {
        emulator.setFault(Fault.HEAD_OPEN, true);
        Run r = print();
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.json().get("outcome").asText()).isEqualTo("FAILED");
        assertThat(r.err()).contains("print head is open - close it", "Nothing was printed");
        assertThat(emulator.formatsReceived()).isEmpty();
    }

    @Test
    void paperRunningOutDuringTheLabelLeavesItUnconfirmed() throws Exception {
        emulator.faultOnNextFormat(Fault.PAPER_OUT);
        Run r = print();
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.json().get("reason").asText()).isEqualTo("PAPER_OUT");
        assertThat(r.err()).contains("paper is out", "destroy any label from this job");
        assertThat(emulator.labelsPrinted()).isZero();
    }

    @Test
    void statusOfAReadyPrinterReportsIdentityOdometerAndReadiness() throws Exception {
        Run r = run("printer", "status", "--printer", uri);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("ready").asBoolean()).isTrue();
        assertThat(j.get("identity").get("dpi").asInt()).isEqualTo(300);
        assertThat(j.get("odometer").asLong()).isEqualTo(1000);
        assertThat(j.get("status").get("paused").asBoolean()).isFalse();
    }

    @Test
    void aPrinterThatDoesNotAnswerHostStatusIsNotReady() throws Exception {
        emulator.setFault(Fault.PAPER_OUT, true);
        Run r = run("printer", "status", "--printer", uri);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().get("answered").asBoolean()).isFalse();
        assertThat(r.json().get("errors").get(0).asText()).isEqualTo("MEDIA_OUT");
        assertThat(r.err()).contains("not ready: paper is out");
    }

    @Test
    void aBadPrinterUriIsAUsageErrorNamingTheWrongPart() {
        Run r = run("printer", "status", "--printer", "serial:/dev/ttyUSB0?baud=9601");
        assertThat(r.exit()).isEqualTo(64);
        assertThat(r.err()).contains("printer URI 'serial:/dev/ttyUSB0?baud=9601': baud '9601' is not one of");
        Run p = run("label", "print", "--template", "ct-bag", "--dpi", "300", "--data", data.toString(), "--printer", "lpt:/dev/lp0");
        assertThat(p.exit()).isEqualTo(64);
        assertThat(p.err()).contains("scheme 'lpt' is not one of tcp, serial, usb");
    }

    @Test
    void aLabelPrintedOnASerialPrinterIsConfirmed() throws Exception {
        try (PtyLink port = EmulatedSerialPort.attach(emulator)) {
            Run r = run("label", "print", "--template", "ct-bag", "--dpi", "300", "--data", data.toString(),
                    "--printer", "serial:" + port.slave() + "?baud=19200");
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.json().get("outcome").asText()).isEqualTo("PRINTED");
            assertThat(r.json().get("printer").asText())
                    .isEqualTo("serial:" + port.slave() + "?baud=19200&data=8&parity=none&stop=1&flow=none");
            assertThat(emulator.labelsPrinted()).isEqualTo(1);
        }
    }

    @Test
    void statusOfAUsbPrinterIsReadThroughItsDeviceFile() throws Exception {
        try (PtyLink port = EmulatedSerialPort.attach(emulator)) {
            Run r = run("printer", "status", "--printer", "usb:" + port.slave());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.json().get("ready").asBoolean()).isTrue();
            assertThat(r.json().get("identity").get("model").asText()).isEqualTo("EMU-ZEBRA-300");
        }
    }

    @Test
    void aMissingUsbPrinterIsUnreachableWithAdvice() {
        Run r = run("printer", "status", "--printer", "usb:" + dir.resolve("lp0"));
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("device not found - check that the printer is on and its USB cable is plugged in");
    }

    @Test
    void aSilentSerialPrinterIsNotReadyAndTheMessageNamesTheLineSettings() throws Exception {
        emulator.setSilent(true);
        try (PtyLink port = EmulatedSerialPort.attach(emulator)) {
            Run r = run("printer", "status", "--printer", "serial:" + port.slave());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.json().get("answered").asBoolean()).isFalse();
            assertThat(r.err()).contains("did not answer - status unknown, treat it as not ready",
                    "serial settings are 9600 baud 8N1, no flow control");
        }
    }
}
