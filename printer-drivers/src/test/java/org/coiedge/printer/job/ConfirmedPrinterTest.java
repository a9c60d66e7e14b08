package org.coiedge.printer.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.coiedge.printer.emulator.EmulatedPrinter;
import org.coiedge.printer.emulator.EmulatedPrinter.Transport;
import org.coiedge.printer.emulator.ZebraEmulator;
import org.coiedge.printer.emulator.ZebraEmulator.Fault;
import org.coiedge.printer.job.PrintOutcome.Reason;
import org.coiedge.printer.label.Resolution;
import org.coiedge.printer.template.CtSmallTemplate;
import org.coiedge.printer.template.Samples;
import org.coiedge.printer.zpl.ZplRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Confirmed printing against the Zebra emulator over every transport - raw TCP, a serial port
 * (jssc on a real pseudo-terminal) and a USB device file (the pty's slave as stand-in) - with every
 * fault before and during a job: the outcome, its reason and the operator's message asserted, and
 * never a second format sent.
 */
class ConfirmedPrinterTest {
    private static final String ZPL = new ZplRenderer(Resolution.DPI_300).render(CtSmallTemplate.layout(Samples.small()));
    private static final Duration REPLY = Duration.ofMillis(500);

    private EmulatedPrinter fixture;
    private ZebraEmulator emulator;
    private ConfirmedPrinter printer;

    private void start(Transport transport) throws Exception {
        fixture = EmulatedPrinter.over(transport);
        emulator = fixture.emulator();
        printer = fixture.printer(REPLY, Duration.ofMillis(1000));
    }

    @AfterEach
    void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aReadyPrinterPrintsOneLabelAndTheOdometerConfirmsIt(Transport t) throws Exception {
        start(t);
        assertThat(printer.print(ZPL, 1)).isEqualTo(new PrintOutcome.Printed(1000, 1001));
        assertThat(emulator.labelsPrinted()).isEqualTo(1);
        assertThat(emulator.formatsReceived()).containsExactly(ZPL.trim());
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void twoJobsInARowOpenThePortTwiceAndAreEachConfirmed(Transport t) throws Exception {
        start(t);
        assertThat(printer.print(ZPL, 1)).isEqualTo(new PrintOutcome.Printed(1000, 1001));
        assertThat(printer.print(ZPL, 1)).isEqualTo(new PrintOutcome.Printed(1001, 1002));
        assertThat(emulator.formatsReceived()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aSlowPrinterIsConfirmedOnceItHasFinished(Transport t) throws Exception {
        start(t);
        emulator.setPrintingPolls(5);
        emulator.setReplyDelayMillis(20);
        assertThat(printer.print(ZPL, 1)).isInstanceOf(PrintOutcome.Printed.class);
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void paperOutBeforeTheJobFailsWithoutSendingAnything(Transport t) throws Exception {
        start(t);
        emulator.setFault(Fault.PAPER_OUT, true);
        assertFailedBeforeSending(Reason.PAPER_OUT, "paper is out - load labels and press Feed");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void headOpenBeforeTheJobFailsWithoutSendingAnything(Transport t) throws Exception {
        start(t);
        emulator.setFault(Fault.HEAD_OPEN, true);
        assertFailedBeforeSending(Reason.HEAD_OPEN, "print head is open - close it");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void ribbonOutBeforeTheJobFailsWithoutSendingAnything(Transport t) throws Exception {
        start(t);
        emulator.setFault(Fault.RIBBON_OUT, true);
        assertFailedBeforeSending(Reason.RIBBON_OUT, "ribbon is out - load a ribbon");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aPausedPrinterFailsWithoutSendingAnything(Transport t) throws Exception {
        start(t);
        emulator.setFault(Fault.PAUSED, true);
        assertFailedBeforeSending(Reason.PAUSED, "is paused - press Pause to resume");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aFullReceiveBufferFailsWithoutSendingAnything(Transport t) throws Exception {
        start(t);
        emulator.setFault(Fault.BUFFER_FULL, true);
        assertFailedBeforeSending(Reason.BUFFER_FULL, "receive buffer is full - let it finish or cancel its jobs");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aSilentPrinterIsUnknownAndNotReadyAndTheMessageSaysWhatToCheck(Transport t) throws Exception {
        start(t);
        emulator.setSilent(true);
        PrintOutcome.Failed f = assertFailedBeforeSending(Reason.NO_ANSWER, "no answer to a status request within 500 ms");
        assertThat(f.message()).contains(t == Transport.SERIAL ? "serial settings are 9600 baud 8N1, no flow control"
                : t == Transport.USB ? "USB cable" : "on the network");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aPrinterTooSlowToAnswerIsTreatedAsSilent(Transport t) throws Exception {
        start(t);
        emulator.setReplyDelayMillis(1200);
        assertFailedBeforeSending(Reason.NO_ANSWER, "no answer");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void paperOutDuringTheJobIsUnconfirmedWithAdviceAndNoSecondLabel(Transport t) throws Exception {
        start(t);
        emulator.faultOnNextFormat(Fault.PAPER_OUT);
        assertUnconfirmed(Reason.PAPER_OUT, "paper is out");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void headOpenDuringTheJobIsUnconfirmedAndNotRetriedSilently(Transport t) throws Exception {
        start(t);
        emulator.faultOnNextFormat(Fault.HEAD_OPEN);
        assertUnconfirmed(Reason.HEAD_OPEN, "print head is open");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void ribbonOutDuringTheJobIsUnconfirmed(Transport t) throws Exception {
        start(t);
        emulator.faultOnNextFormat(Fault.RIBBON_OUT);
        assertUnconfirmed(Reason.RIBBON_OUT, "ribbon is out");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void pauseDuringTheJobIsUnconfirmed(Transport t) throws Exception {
        start(t);
        emulator.faultOnNextFormat(Fault.PAUSED);
        assertUnconfirmed(Reason.PAUSED, "paused during the job");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aBufferFillingDuringTheJobIsUnconfirmed(Transport t) throws Exception {
        start(t);
        emulator.faultOnNextFormat(Fault.BUFFER_FULL);
        assertUnconfirmed(Reason.BUFFER_FULL, "receive buffer filled during the job");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aPrinterFallingSilentDuringTheJobIsUnconfirmed(Transport t) throws Exception {
        start(t);
        emulator.silenceOnNextFormat();
        assertUnconfirmed(Reason.NO_ANSWER, "stopped answering during the job");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aConnectionDroppedWhileSendingIsUnconfirmed(Transport t) throws Exception {
        start(t);
        emulator.dropConnectionAfterFormatBytes(40);
        assertUnconfirmed(Reason.CONNECTION_DROPPED, "Connection to printer at " + address() + " dropped");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aPrinterThatNeverFinishesIsUnconfirmedAfterTheConfirmTimeout(Transport t) throws Exception {
        start(t);
        emulator.setPrintingPolls(Integer.MAX_VALUE);
        assertUnconfirmed(Reason.NOT_FINISHED, "has not finished the job");
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aJobThatPrintsMoreLabelsThanExpectedIsUnconfirmed(Transport t) throws Exception {
        start(t);
        PrintOutcome o = printer.print(ZPL.replace("^PQ1", "^PQ2"), 1);
        assertThat(o).isInstanceOf(PrintOutcome.Unconfirmed.class);
        assertThat(((PrintOutcome.Unconfirmed) o).reason()).isEqualTo(Reason.COUNT_MISMATCH);
        assertThat(((PrintOutcome.Unconfirmed) o).message()).contains("counted 2 label(s), expected 1");
    }

    private PrintOutcome.Failed assertFailedBeforeSending(Reason reason, String advice) {
        PrintOutcome o = printer.print(ZPL, 1);
        assertThat(o).isInstanceOf(PrintOutcome.Failed.class);
        PrintOutcome.Failed f = (PrintOutcome.Failed) o;
        assertThat(f.reason()).as(f.message()).isEqualTo(reason);
        assertThat(f.message()).contains("Printer at " + address(), advice, "Nothing was printed");
        assertThat(emulator.formatsReceived()).isEmpty();
        assertThat(emulator.labelsPrinted()).isZero();
        return f;
    }

    private void assertUnconfirmed(Reason reason, String advice) {
        PrintOutcome o = printer.print(ZPL, 1);
        assertThat(o).isInstanceOf(PrintOutcome.Unconfirmed.class);
        PrintOutcome.Unconfirmed u = (PrintOutcome.Unconfirmed) o;
        assertThat(u.reason()).as(u.message()).isEqualTo(reason);
        assertThat(u.message()).contains(address(), advice, "destroy any label from this job");
        assertThat(emulator.labelsPrinted()).isZero();
        assertThat(emulator.formatsReceived()).hasSizeLessThanOrEqualTo(1);
    }

    private String address() {
        return fixture.uri().toString().split("\\?")[0];
    }
}
