package org.coiedge.printer.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.coiedge.printer.emulator.ZebraEmulator;
import org.coiedge.printer.emulator.ZebraEmulator.Fault;
import org.coiedge.printer.job.PrintOutcome.Reason;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.status.ZebraProtocol;
import org.coiedge.printer.template.CtSmallTemplate;
import org.coiedge.printer.template.Samples;
import org.coiedge.printer.transport.TcpConnection;
import org.coiedge.printer.zpl.ZplRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Confirmed printing against the loopback Zebra emulator, with every fault before and during a job. */
class ConfirmedPrinterTest {
    private static final String ZPL = new ZplRenderer(Resolution.DPI_300).render(CtSmallTemplate.layout(Samples.small()));

    private ZebraEmulator emulator;
    private ConfirmedPrinter printer;

    @BeforeEach
    void start() throws Exception {
        emulator = ZebraEmulator.start(0);
        printer = new ConfirmedPrinter(() -> TcpConnection.open("127.0.0.1", emulator.port(), Duration.ofSeconds(2)),
                Duration.ofMillis(1000), Duration.ofMillis(3000), Duration.ofMillis(5));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void aReadyPrinterPrintsOneLabelAndTheOdometerConfirmsIt() {
        PrintOutcome o = printer.print(ZPL, 1);
        assertThat(o).isEqualTo(new PrintOutcome.Printed(1000, 1001));
        assertThat(emulator.labelsPrinted()).isEqualTo(1);
        assertThat(emulator.formatsReceived()).containsExactly(ZPL.trim());
    }

    @Test
    void aSlowPrinterIsConfirmedOnceItHasFinished() {
        emulator.setPrintingPolls(5);
        assertThat(printer.print(ZPL, 1)).isInstanceOf(PrintOutcome.Printed.class);
    }

    @Test
    void paperOutBeforeTheJobFailsWithoutSendingAnything() {
        emulator.setFault(Fault.PAPER_OUT, true);
        assertFailedBeforeSending(Reason.PAPER_OUT, "paper is out - load labels and press Feed");
    }

    @Test
    void headOpenBeforeTheJobFailsWithoutSendingAnything() {
        emulator.setFault(Fault.HEAD_OPEN, true);
        assertFailedBeforeSending(Reason.HEAD_OPEN, "print head is open - close it");
    }

    @Test
    void ribbonOutBeforeTheJobFailsWithoutSendingAnything() {
        emulator.setFault(Fault.RIBBON_OUT, true);
        assertFailedBeforeSending(Reason.RIBBON_OUT, "ribbon is out - load a ribbon");
    }

    @Test
    void aPausedPrinterFailsWithoutSendingAnything() {
        emulator.setFault(Fault.PAUSED, true);
        assertFailedBeforeSending(Reason.PAUSED, "is paused - press Pause to resume");
    }

    @Test
    void aSilentPrinterIsUnknownAndNotReady() {
        emulator.setSilent(true);
        assertFailedBeforeSending(Reason.NO_ANSWER, "did not answer its status request");
    }

    @Test
    void aPrinterTooSlowToAnswerIsTreatedAsSilent() {
        emulator.setReplyDelayMillis(2500);
        assertFailedBeforeSending(Reason.NO_ANSWER, "did not answer");
    }

    @Test
    void anUnreachablePrinterFailsNamingItsAddress() throws Exception {
        // A bound but not listening socket holds the port: connections are refused, and no other
        // test's listener can take the port meanwhile (a closed port could be reused at once).
        try (java.net.Socket holder = new java.net.Socket()) {
            holder.setReuseAddress(false);
            holder.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
            int port = holder.getLocalPort();
            PrintOutcome o = new ConfirmedPrinter(() -> TcpConnection.open("127.0.0.1", port, Duration.ofMillis(500)),
                    Duration.ofMillis(1000), Duration.ofMillis(3000), Duration.ofMillis(5)).print(ZPL, 1);
            assertThat(o).isInstanceOf(PrintOutcome.Failed.class);
            assertThat(((PrintOutcome.Failed) o).reason()).isEqualTo(Reason.UNREACHABLE);
            assertThat(((PrintOutcome.Failed) o).message()).contains("tcp://127.0.0.1:" + port, "cannot be reached");
        }
    }

    @Test
    void paperOutDuringTheJobIsUnconfirmedWithAdviceAndNoSecondLabel() {
        emulator.faultOnNextFormat(Fault.PAPER_OUT);
        assertUnconfirmed(Reason.PAPER_OUT, "paper is out");
        assertThat(emulator.formatsReceived()).hasSize(1);
    }

    @Test
    void headOpenDuringTheJobIsUnconfirmedAndNotRetriedSilently() {
        emulator.faultOnNextFormat(Fault.HEAD_OPEN);
        assertUnconfirmed(Reason.HEAD_OPEN, "print head is open");
        assertThat(emulator.formatsReceived()).hasSize(1);
    }

    @Test
    void ribbonOutDuringTheJobIsUnconfirmed() {
        emulator.faultOnNextFormat(Fault.RIBBON_OUT);
        assertUnconfirmed(Reason.RIBBON_OUT, "ribbon is out");
    }

    @Test
    void pauseDuringTheJobIsUnconfirmed() {
        emulator.faultOnNextFormat(Fault.PAUSED);
        assertUnconfirmed(Reason.PAUSED, "paused during the job");
    }

    @Test
    void aConnectionDroppedWhileSendingIsUnconfirmed() {
        emulator.dropConnectionAfterFormatBytes(40);
        assertUnconfirmed(Reason.CONNECTION_DROPPED, "Connection to printer at tcp://127.0.0.1:" + emulator.port() + " dropped");
    }

    @Test
    void aPrinterThatNeverFinishesIsUnconfirmedAfterTheConfirmTimeout() {
        emulator.setPrintingPolls(Integer.MAX_VALUE);
        assertUnconfirmed(Reason.NOT_FINISHED, "has not finished the job");
    }

    @Test
    void aJobThatPrintsMoreLabelsThanExpectedIsUnconfirmed() {
        PrintOutcome o = printer.print(ZPL.replace("^PQ1", "^PQ2"), 1);
        assertThat(o).isInstanceOf(PrintOutcome.Unconfirmed.class);
        assertThat(((PrintOutcome.Unconfirmed) o).reason()).isEqualTo(Reason.COUNT_MISMATCH);
        assertThat(((PrintOutcome.Unconfirmed) o).message()).contains("counted 2 label(s), expected 1");
    }

    @Test
    void theEmulatorIdentifiesItselfWithItsResolution() throws Exception {
        try (TcpConnection c = TcpConnection.open("127.0.0.1", emulator.port(), Duration.ofSeconds(2))) {
            assertThat(new ZebraProtocol(c, Duration.ofSeconds(1)).identity().dpi()).isEqualTo(300);
        }
    }

    private void assertFailedBeforeSending(Reason reason, String advice) {
        PrintOutcome o = printer.print(ZPL, 1);
        assertThat(o).isInstanceOf(PrintOutcome.Failed.class);
        PrintOutcome.Failed f = (PrintOutcome.Failed) o;
        assertThat(f.reason()).isEqualTo(reason);
        assertThat(f.message()).contains(advice, "Nothing was printed");
        assertThat(emulator.formatsReceived()).isEmpty();
        assertThat(emulator.labelsPrinted()).isZero();
    }

    private void assertUnconfirmed(Reason reason, String advice) {
        PrintOutcome o = printer.print(ZPL, 1);
        assertThat(o).isInstanceOf(PrintOutcome.Unconfirmed.class);
        PrintOutcome.Unconfirmed u = (PrintOutcome.Unconfirmed) o;
        assertThat(u.reason()).isEqualTo(reason);
        assertThat(u.message()).contains(advice, "destroy any label from this job");
        assertThat(emulator.labelsPrinted()).isZero();
    }
}
