package org.coiedge.printer.job;

import org.coiedge.printer.job.PrintOutcome.Reason;
import org.coiedge.printer.status.PrinterStatus;

/** What an {@code ~HS} answer says stops printing, and what to tell the operator before and during a job. */
final class StatusFlags {
    private StatusFlags() {
    }

    /** The first condition that stops a label, or null when none does. */
    static Reason reason(PrinterStatus s) {
        if (s.paperOut()) {
            return Reason.PAPER_OUT;
        }
        if (s.headOpen()) {
            return Reason.HEAD_OPEN;
        }
        if (s.ribbonOut()) {
            return Reason.RIBBON_OUT;
        }
        if (s.overTemperature()) {
            return Reason.HEAD_TOO_HOT;
        }
        if (s.paused()) {
            return Reason.PAUSED;
        }
        if (s.bufferFull()) {
            return Reason.BUFFER_FULL;
        }
        if (s.corruptRam()) {
            return Reason.PRINTER_ERROR;
        }
        return null;
    }

    /** After "Printer at ADDRESS", before anything was sent. */
    static String before(Reason r, PrinterStatus s) {
        switch (r) {
            case PAPER_OUT:
                return ": paper is out - load labels and press Feed, then print again.";
            case HEAD_OPEN:
                return ": print head is open - close it, then print again.";
            case RIBBON_OUT:
                return ": ribbon is out - load a ribbon, then print again.";
            case HEAD_TOO_HOT:
                return ": print head is too hot - let it cool, then print again.";
            case PAUSED:
                return " is paused - press Pause to resume, then print again.";
            case BUFFER_FULL:
                return ": its receive buffer is full - let it finish or cancel its jobs, then print again.";
            default:
                return " reports an error (corrupt memory) - restart it, then print again.";
        }
    }

    /** After "Printer at ADDRESS", when the condition appeared during the job. */
    static String during(Reason r) {
        switch (r) {
            case PAPER_OUT:
                return ": paper ran out during the job - load labels.";
            case HEAD_OPEN:
                return ": print head was opened during the job - close it.";
            case RIBBON_OUT:
                return ": ribbon ran out during the job - load a ribbon.";
            case HEAD_TOO_HOT:
                return ": print head overheated during the job - let it cool.";
            case PAUSED:
                return " paused during the job - look at the printer, then press Pause to resume.";
            case BUFFER_FULL:
                return ": its receive buffer filled during the job - let it finish or cancel its jobs.";
            default:
                return " reported an error during the job - look at the printer.";
        }
    }
}
