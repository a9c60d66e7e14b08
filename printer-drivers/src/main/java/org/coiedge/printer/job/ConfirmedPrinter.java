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
import org.coiedge.printer.transport.PrinterConnections;
import org.coiedge.printer.transport.PrinterIoException;
import org.coiedge.printer.transport.PrinterIoException.Kind;
import org.coiedge.printer.transport.PrinterUri;

/**
 * Prints a ZPL job and confirms it, over any transport: status checked before (no error, not
 * paused, buffer not full, nothing queued), the job sent once, then {@code ~HS} polled until
 * nothing is queued, partial or remaining, and the odometer checked to have advanced by exactly the
 * expected count. Never returns {@link PrintOutcome.Printed} without that confirmation and never
 * resends: a job that was sent (even in part) but not confirmed is {@link Unconfirmed}, and the
 * operator decides. One connection per job; when the printer falls silent during a job,
 * {@code ~HQES} on the same connection asks why. Blocking; call from the printer's own thread.
 * Thread-safe only in that it holds no state between calls.
 */
public final class ConfirmedPrinter {
    /** Opens a fresh connection to the printer. */
    @FunctionalInterface
    public interface Connector {
        PrinterConnection open() throws PrinterIoException;
    }

    static final String NOTHING_PRINTED = " Nothing was printed.";
    static final String DESTROY = " The label was not confirmed: destroy any label from this job"
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

    /** A printer at {@code uri} with these timeouts (the connect timeout also bounds a stalled write). */
    public static ConfirmedPrinter at(PrinterUri uri, PrinterTimeouts t) {
        return new ConfirmedPrinter(() -> PrinterConnections.open(uri, t.connect()), t.reply(), t.confirm(), t.poll());
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
                return notAnswering(e, c, at);
            }
            try {
                p.send(zpl);
            } catch (PrinterIoException e) {
                return e.kind() == Kind.TIMEOUT
                        ? new Unconfirmed(Reason.NOT_ACCEPTED, at + " stopped taking the label data - it may be paused,"
                                + " out of paper or holding the handshake; look at the printer." + DESTROY)
                        : new Unconfirmed(Reason.CONNECTION_DROPPED, "Connection to p" + at.substring(1)
                                + " dropped while sending." + DESTROY);
            }
            return confirm(p, at, before, expectedLabels);
        } catch (PrinterIoException e) {
            return new Failed(Reason.UNREACHABLE, e.getMessage() + "." + NOTHING_PRINTED);
        }
    }

    private Failed notAnswering(PrinterIoException e, PrinterConnection c, String at) {
        switch (e.kind()) {
            case TIMEOUT:
                return new Failed(Reason.NO_ANSWER, at + ": no answer to a status request within " + replyTimeout.toMillis()
                        + " ms - " + c.noAnswerAdvice() + ", then print again." + NOTHING_PRINTED);
            case BAD_REPLY:
                return new Failed(Reason.BAD_REPLY, at + " answered something unreadable - " + c.noAnswerAdvice()
                        + ", then print again." + NOTHING_PRINTED);
            default:
                return new Failed(Reason.CONNECTION_DROPPED, "Connection to p" + at.substring(1)
                        + " dropped before printing - " + c.noAnswerAdvice() + ", then print again." + NOTHING_PRINTED);
        }
    }

    private static PrintOutcome checkReady(ZebraProtocol p, String at) throws PrinterIoException {
        ErrorStatus errors = p.errorStatus();
        if (errors.hasErrors()) {
            return new Failed(reasonOf(errors.errors()), at + ": " + adviceOf(errors) + ", then print again." + NOTHING_PRINTED);
        }
        PrinterStatus s = p.hostStatus();
        Reason r = StatusFlags.reason(s);
        if (r != null) {
            return new Failed(r, at + StatusFlags.before(r, s) + NOTHING_PRINTED);
        }
        if (!s.isIdle()) {
            return new Failed(Reason.BUSY, at + " still has " + s.formatsInBuffer() + " label format(s) queued from"
                    + " another job - let them finish or cancel them before printing identity labels." + NOTHING_PRINTED);
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
                    return e.kind() == Kind.CLOSED ? dropped(at) : whySilent(p, at);
                }
                Reason r = StatusFlags.reason(s);
                if (r != null) {
                    return new Unconfirmed(r, at + StatusFlags.during(r) + DESTROY);
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
            return e.kind() == Kind.CLOSED ? dropped(at)
                    : new Unconfirmed(Reason.NO_ANSWER, at + " stopped answering during the job - look at the printer." + DESTROY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Unconfirmed(Reason.NOT_FINISHED, "Printing to " + at + " was interrupted." + DESTROY);
        }
    }

    private static Unconfirmed dropped(String at) {
        return new Unconfirmed(Reason.CONNECTION_DROPPED, "Connection to p" + at.substring(1) + " dropped while printing." + DESTROY);
    }

    /** The printer stopped answering {@code ~HS}; {@code ~HQES}, which it answers in error, asks why. */
    private static PrintOutcome whySilent(ZebraProtocol p, String at) {
        try {
            p.connection().discardInput();
            ErrorStatus errors = p.errorStatus();
            if (errors.hasErrors()) {
                return new Unconfirmed(reasonOf(errors.errors()), at + ": " + adviceOf(errors) + "." + DESTROY);
            }
        } catch (PrinterIoException e) {
            if (e.kind() == Kind.CLOSED) {
                return dropped(at);
            }
        }
        return new Unconfirmed(Reason.NO_ANSWER, at + " stopped answering during the job - "
                + p.connection().noAnswerAdvice() + "." + DESTROY);
    }

    private static String adviceOf(ErrorStatus errors) {
        return errors.errors().isEmpty() ? "reports an error" : errors.errors().get(0).advice();
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
