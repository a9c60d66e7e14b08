package org.coiedge.app.printverify;

/**
 * Compares a scan of a printed label with what was meant to print. Pure function; thread-safe.
 */
public final class LabelMatch {
    /** What the scan proves. */
    public enum Verdict {
        /** The scan is one of the label's identifying bar codes: this is the label. */
        MATCH,
        /** The scan is a bar code the label carries but every such label carries (no proof): ask again. */
        NOT_IDENTIFYING,
        /** The scan is something else: the printed label is not the one meant. */
        MISMATCH
    }

    private LabelMatch() {
    }

    /** The bar-code data of a scan: without AIM symbology identifier and trailing CR, LF or TAB. */
    public static String data(String scanText) {
        int end = scanText.length();
        while (end > 0 && (scanText.charAt(end - 1) == '\r' || scanText.charAt(end - 1) == '\n'
                || scanText.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = scanText.length() >= 3 && scanText.charAt(0) == ']' ? 3 : 0;
        return start > end ? "" : scanText.substring(start, end);
    }

    public static Verdict compare(PrintRequest request, String scanText) {
        String data = data(scanText);
        if (request.identifying().contains(data)) {
            return Verdict.MATCH;
        }
        return request.onLabel().contains(data) ? Verdict.NOT_IDENTIFYING : Verdict.MISMATCH;
    }
}
