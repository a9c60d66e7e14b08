package org.coiedge.tests.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.coiedge.app.cli.printer.EmulatedSerialPort;
import org.coiedge.printer.emulator.PtyLink;
import org.coiedge.printer.emulator.ZebraEmulator;
import org.coiedge.printer.emulator.ZebraEmulator.Fault;
import org.coiedge.tests.printer.CoiEdgeProcess.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code label print} and {@code printer status} of the packaged jar, each a separate process,
 * against the Zebra emulator over raw TCP and over a serial port (a real pseudo-terminal the
 * process opens through jssc); and {@code printer emulate} run as a process and driven by
 * {@code printer status} and {@code label print}.
 */
@Timeout(120)
class PrinterEndToEndTest {
    @TempDir
    Path dir;
    private Path data;
    private ZebraEmulator emulator;
    private PtyLink serial;

    @BeforeEach
    void start() throws Exception {
        data = dir.resolve("bag.json");
        try (InputStream in = PrinterEndToEndTest.class.getResourceAsStream("/printer/ct-bag.json")) {
            Files.write(data, in.readAllBytes());
        }
        emulator = ZebraEmulator.start(0);
        serial = EmulatedSerialPort.attach(emulator);
    }

    @AfterEach
    void stop() {
        serial.close();
        emulator.close();
    }

    private String tcp() {
        return "tcp://127.0.0.1:" + emulator.port();
    }

    private String serialUri() {
        return "serial:" + serial.slave() + "?baud=9600&data=8&parity=none&stop=1&flow=none";
    }

    private Result print(String uri) throws Exception {
        return CoiEdgeProcess.run("label", "print", "--template", "ct-bag", "--dpi", "300", "--data", data.toString(),
                "--printer", uri);
    }

    @Test
    void aCleanPrintOverTcpIsConfirmedByTheOdometer() throws Exception {
        Result r = print(tcp());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("outcome").asText()).isEqualTo("PRINTED");
        assertThat(r.json().get("odometerAfter").asLong()).isEqualTo(r.json().get("odometerBefore").asLong() + 1);
        assertThat(emulator.labelsPrinted()).isEqualTo(1);
        assertThat(emulator.formatsReceived()).hasSize(1);
    }

    @Test
    void aCleanPrintOverASerialPortIsConfirmedByTheOdometer() throws Exception {
        Result r = print(serialUri());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("outcome").asText()).isEqualTo("PRINTED");
        assertThat(r.json().get("printer").asText()).isEqualTo(serialUri());
        assertThat(emulator.labelsPrinted()).isEqualTo(1);
        assertThat(emulator.formatsReceived().get(0)).contains("^FX coi-edge ct-bag@1 300 dpi", "^JZN");
    }

    @Test
    void paperOutIsRefusedWithItsMessageAndExit3AndNothingIsSent() throws Exception {
        emulator.setFault(Fault.PAPER_OUT, true);
        for (String uri : new String[] {tcp(), serialUri()}) {
            Result r = print(uri);
            assertThat(r.exit()).as(uri).isEqualTo(3);
            assertThat(r.json().get("outcome").asText()).isEqualTo("FAILED");
            assertThat(r.json().get("reason").asText()).isEqualTo("PAPER_OUT");
            assertThat(r.err()).contains("paper is out - load labels and press Feed, then print again. Nothing was printed.");
        }
        assertThat(emulator.formatsReceived()).isEmpty();
    }

    @Test
    void aConnectionDroppedMidJobOverTcpIsReportedUnconfirmedWithExit4() throws Exception {
        emulator.dropConnectionAfterFormatBytes(200);
        Result r = print(tcp());
        assertThat(r.exit()).as(r.err()).isEqualTo(4);
        assertThat(r.json().get("outcome").asText()).isEqualTo("UNCONFIRMED");
        assertThat(r.json().get("reason").asText()).isEqualTo("CONNECTION_DROPPED");
        assertThat(r.err()).contains("Connection to printer at " + tcp() + " dropped", "destroy any label from this job");
        assertThat(emulator.labelsPrinted()).isZero();
    }

    @Test
    void aSerialCablePulledMidJobIsReportedUnconfirmedWithExit4() throws Exception {
        emulator.dropConnectionAfterFormatBytes(200);
        Result r = print(serialUri());
        assertThat(r.exit()).as(r.err()).isEqualTo(4);
        assertThat(r.json().get("outcome").asText()).isEqualTo("UNCONFIRMED");
        assertThat(r.err()).contains("serial:" + serial.slave(), "destroy any label from this job");
        assertThat(emulator.labelsPrinted()).isZero();
    }

    @Test
    void statusOverTcpAndSerialReportsTheSamePrinter() throws Exception {
        for (String uri : new String[] {tcp(), serialUri()}) {
            Result r = CoiEdgeProcess.run("printer", "status", "--printer", uri);
            assertThat(r.exit()).as(uri + ": " + r.err()).isZero();
            assertThat(r.json().get("ready").asBoolean()).isTrue();
            assertThat(r.json().get("identity").get("dpi").asInt()).isEqualTo(300);
            assertThat(r.json().get("odometer").asLong()).isEqualTo(1000);
        }
    }

    @Test
    void printerEmulateRunAsAProcessIsDrivenByStatusAndPrintOverTcpAndItsPty() throws Exception {
        Process emulate = CoiEdgeProcess.builder("printer", "emulate", "--port", "0", "--serial")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            JsonNode started;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(emulate.getInputStream(), StandardCharsets.UTF_8))) {
                String line = out.readLine();
                assertThat(line).as("printer emulate prints where it listens").isNotNull();
                started = new ObjectMapper().readTree(line);
            }
            String tcp = started.get("emulating").asText();
            assertThat(tcp).startsWith("tcp://127.0.0.1:");
            Result status = CoiEdgeProcess.run("printer", "status", "--printer", tcp);
            assertThat(status.exit()).as(status.err()).isZero();
            assertThat(status.json().get("identity").get("model").asText()).isEqualTo("EMU-ZEBRA-300");
            Result printed = print(started.get("serial").asText());
            assertThat(printed.exit()).as(printed.err()).isZero();
            Result after = CoiEdgeProcess.run("printer", "status", "--printer", started.get("usb").asText());
            assertThat(after.exit()).as(after.err()).isZero();
            assertThat(after.json().get("odometer").asLong()).isEqualTo(1001);
        } finally {
            emulate.destroy();
            assertThat(emulate.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }
}
