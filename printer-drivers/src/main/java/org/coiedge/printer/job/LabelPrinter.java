package org.coiedge.printer.job;

import org.coiedge.printer.label.Label;

/**
 * Prints one label and says how it ended. Blocking; call from the printer's own thread.
 * Implementations never return {@link PrintOutcome.Printed} without confirmation and never
 * resend on their own.
 */
public interface LabelPrinter {
    PrintOutcome print(Label label);
}
