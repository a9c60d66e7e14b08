package org.coiedge.printer.status;

import java.util.ArrayList;
import java.util.List;

/**
 * The printer's answer to {@code ~HS} (host status), typed like Zebra's SDK status. A printer
 * that does not answer has no {@code PrinterStatus}: callers treat that as "unknown, not ready".
 */
public record PrinterStatus(boolean paperOut, boolean paused, int labelLengthDots, int formatsInBuffer,
        boolean bufferFull, boolean diagnosticMode, boolean partialFormat, boolean corruptRam,
        boolean underTemperature, boolean overTemperature, boolean headOpen, boolean ribbonOut,
        boolean thermalTransfer, int printMode, boolean labelWaiting, long labelsRemainingInBatch,
        int graphicsStored) {

    /** Parses the three {@code STX … ETX CR LF} strings of a {@code ~HS} answer. */
    public static PrinterStatus parseHostStatus(String reply) {
        List<String[]> lines = new ArrayList<>();
        int from = 0;
        while (lines.size() < 3) {
            int stx = reply.indexOf('\u0002', from);
            int etx = stx < 0 ? -1 : reply.indexOf('\u0003', stx);
            if (etx < 0) {
                throw new IllegalArgumentException("~HS answer needs three STX…ETX strings, got " + lines.size());
            }
            lines.add(reply.substring(stx + 1, etx).trim().split(","));
            from = etx + 1;
        }
        String[] a = lines.get(0);
        String[] b = lines.get(1);
        if (a.length < 12 || b.length < 11) {
            throw new IllegalArgumentException("~HS strings have too few fields: " + a.length + " and " + b.length);
        }
        return new PrinterStatus(flag(a[1]), flag(a[2]), num(a[3]), num(a[4]), flag(a[5]), flag(a[6]), flag(a[7]),
                flag(a[9]), flag(a[10]), flag(a[11]), flag(b[2]), flag(b[3]), flag(b[4]), num(b[5]), flag(b[7]),
                Long.parseLong(b[8].trim()), num(b[10]));
    }

    private static boolean flag(String s) {
        return !"0".equals(s.trim());
    }

    private static int num(String s) {
        return Integer.parseInt(s.trim());
    }

    /** Nothing stops a new label: not paused, no paper, ribbon, head or temperature fault, buffer not full. */
    public boolean isReadyToPrint() {
        return !paperOut && !paused && !headOpen && !ribbonOut && !bufferFull && !overTemperature && !corruptRam;
    }

    /** Nothing of an earlier job is still waiting or printing. */
    public boolean isIdle() {
        return formatsInBuffer == 0 && !partialFormat && labelsRemainingInBatch == 0;
    }
}
