package org.coiedge.printer.job;

import java.util.Objects;

/**
 * How a print job ended. Only {@link Printed} means the printer confirmed the labels; the others
 * carry a reason for code and a message for the operator saying what to do with any label that
 * may have come out.
 */
public sealed interface PrintOutcome permits PrintOutcome.Printed, PrintOutcome.Failed, PrintOutcome.Unconfirmed {
    /** Why a job did not end {@link Printed}. */
    enum Reason {
        UNREACHABLE, NO_ANSWER, BAD_REPLY, PAPER_OUT, RIBBON_OUT, HEAD_OPEN, HEAD_TOO_HOT, PAUSED, BUFFER_FULL, BUSY,
        PRINTER_ERROR, CONNECTION_DROPPED, NOT_ACCEPTED, NOT_FINISHED, COUNT_MISMATCH
    }

    /** The printer confirmed: queue empty, nothing partial, nothing remaining, odometer advanced by the count. */
    record Printed(long odometerBefore, long odometerAfter) implements PrintOutcome {
    }

    /** Nothing was sent: the printer was not ready. No label was printed by this job. */
    record Failed(Reason reason, String message) implements PrintOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The job was sent but not confirmed: a label may be missing, partial or printed. Never retried silently. */
    record Unconfirmed(Reason reason, String message) implements PrintOutcome {
        public Unconfirmed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
