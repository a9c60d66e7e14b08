package org.coiedge.printer.job;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.coiedge.printer.job.PrintOutcome.Failed;
import org.coiedge.printer.job.PrintOutcome.Reason;
import org.coiedge.printer.job.PrintOutcome.Unconfirmed;
import org.coiedge.printer.status.ErrorStatus;
import org.coiedge.printer.status.PrinterStatus;
import org.coiedge.printer.status.ZebraProtocol;
import org.coiedge.printer.transport.PrinterConnection;
import org.coiedge.printer.transport.PrinterIoException;

/**
 * Prints a ZPL job and confirms it: status checked before (no error, not paused, nothing queued),
 * the job sent once, then {@code ~HS} polled until nothing is queued, partial or remaining, and the
 * odometer checked to have advanced by exactly the expected count. Never returns {@link
 * PrintOutcome.Printed} without that confirmation and never resends: a job that was sent but not
 * confirmed is {@link Unconfirmed}, and the operator decides. Blocking; call from the printer's
 * own thread. Thread-safe only in that it holds no state between calls.
 */
public final class ConfirmedPrinter {
    /** Opens a fresh connection to the printer. */
    @FunctionalInterface
    public interface Connector {
        PrinterConnection open() throws PrinterIoException;
    }

    private static final String DESTROY = " The label was not confirmed: destroy any label from this job"
            + " (the printer does not reprint it) and print again from coi-edge.";

    private final Connector connector;
    private final Duration replyTimeout;
    private final Duration confirmTimeout;
    private final Duration pollInterval;

    public ConfirmedPrinter(Connector connector, Duration replyTimeout, Duration confirmTimeout, Duration pollInterval) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.replyTimeout = Objects.requireNonNull(replyTimeout, "replyTimeout");
        this.confirmTimeout = Objects.requireNonNull(confirmTimeout, "confirmTimeout");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
    }

    /** Prints {@code zpl}, which must produce exactly {@code expectedLabels} labels. */
    public PrintOutcome print(String zpl, int expectedLabels) {
        try (PrinterConnection c = connector.open()) {
            ZebraProtocol p = new ZebraProtocol(c, replyTimeout);
            String at = "Printer at " + c.address();
            long before;
            try {
                PrintOutcome notReady = checkReady(p, at);
                if (notReady != null) {
                    return notReady;
                }
                before = p.odometer();
            } catch (PrinterIoException e) {
                return new Failed(e.kind() == PrinterIoException.Kind.TIMEOUT ? Reason.NO_ANSWER : Reason.CONNECTION_DROPPED,
                        at + " did not answer its status request - check that it is on, closed and loaded, then print again."
                                + " Nothing was printed.");
            }
            try {
                p.send(zpl);
            } catch (PrinterIoException e) {
                return new Unconfirmed(Reason.CONNECTION_DROPPED, "Connection to p" + at.substring(1)
                        + " dropped while sending." + DESTROY);
            }
            return confirm(p, at, before, expectedLabels);
        } catch (PrinterIoException e) {
            return new Failed(Reason.UNREACHABLE, e.getMessage() + ". Nothing was printed.");
        }
    }

    private static PrintOutcome checkReady(ZebraProtocol p, String at) throws PrinterIoException {
        ErrorStatus errors = p.errorStatus();
        if (errors.hasErrors()) {
            ErrorStatus.Error first = errors.errors().isEmpty() ? null : errors.errors().get(0);
            return new Failed(reasonOf(errors.errors()), at + ": " + (first == null ? "reports an error" : first.advice())
                    + ", then print again. Nothing was printed.");
        }
        PrinterStatus s = p.hostStatus();
        if (s.paused()) {
            return new Failed(Reason.PAUSED, at + " is paused - press Pause to resume, then print again. Nothing was printed.");
        }
        if (s.bufferFull()) {
            return new Failed(Reason.BUFFER_FULL, at + ": its receive buffer is full - let it finish or cancel its jobs,"
                    + " then print again. Nothing was printed.");
        }
        if (!s.isReadyToPrint()) {
            return new Failed(Reason.PRINTER_ERROR, at + " is not ready - check it, then print again. Nothing was printed.");
        }
        if (!s.isIdle()) {
            return new Failed(Reason.BUSY, at + " still has " + s.formatsInBuffer() + " label format(s) queued from"
                    + " another job - let them finish or cancel them before printing identity labels. Nothing was printed.");
        }
        return null;
    }

    private PrintOutcome confirm(ZebraProtocol p, String at, long before, int expected) {
        long deadline = System.nanoTime() + confirmTimeout.toNanos();
        try {
            while (true) {
                PrinterStatus s;
                try {
                    s = p.hostStatus();
                } catch (PrinterIoException e) {
                    return e.kind() == PrinterIoException.Kind.TIMEOUT ? whySilent(at)
                            : new Unconfirmed(Reason.CONNECTION_DROPPED, "Connection to p" + at.substring(1) + " dropped while printing." + DESTROY);
                }
                if (s.paused()) {
                    return new Unconfirmed(Reason.PAUSED, at + " paused during the job." + DESTROY);
                }
                if (s.isIdle()) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    return new Unconfirmed(Reason.NOT_FINISHED, at + " has not finished the job after "
                            + confirmTimeout.toSeconds() + " s - look at the printer." + DESTROY);
                }
                TimeUnit.NANOSECONDS.sleep(pollInterval.toNanos());
            }
            long after = p.odometer();
            if (after - before != expected) {
                return new Unconfirmed(Reason.COUNT_MISMATCH, at + " counted " + (after - before) + " label(s), expected "
                        + expected + "." + DESTROY);
            }
            return new PrintOutcome.Printed(before, after);
        } catch (PrinterIoException e) {
            return new Unconfirmed(Reason.CONNECTION_DROPPED, "Connection to p" + at.substring(1) + " dropped while printing." + DESTROY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unconfirmed(Reason.NOT_FINISHED, "Printing to " + at + " was interrupted." + DESTROY);
        }
    }

    /** The printer stopped answering {@code ~HS}; a fresh connection asks {@code ~HQES} why. */
    private PrintOutcome whySilent(String at) {
        try (PrinterConnection c = connector.open()) {
            ErrorStatus errors = new ZebraProtocol(c, replyTimeout).errorStatus();
            if (errors.hasErrors() && !errors.errors().isEmpty()) {
                return new Unconfirmed(reasonOf(errors.errors()), at + ": " + errors.errors().get(0).advice() + "." + DESTROY);
            }
        } catch (PrinterIoException e) {
            // Falls through: the printer is silent on every channel.
        }
        return new Unconfirmed(Reason.NO_ANSWER, at + " stopped answering during the job - check it." + DESTROY);
    }

    private static Reason reasonOf(List<ErrorStatus.Error> errors) {
        if (errors.isEmpty()) {
            return Reason.PRINTER_ERROR;
        }
        switch (errors.get(0)) {
            case MEDIA_OUT:
                return Reason.PAPER_OUT;
            case RIBBON_OUT:
                return Reason.RIBBON_OUT;
            case HEAD_OPEN:
                return Reason.HEAD_OPEN;
            case HEAD_OVER_TEMPERATURE:
                return Reason.HEAD_TOO_HOT;
            default:
                return Reason.PRINTER_ERROR;
        }
    }
}
