package org.coiedge.printer.zpl;

import org.coiedge.printer.barcode.Code128Plan;

/** How data is written inside ZPL fields so the printer prints exactly the intended characters. */
final class ZplEscapes {
    /** The {@code ^FH} hexadecimal indicator used for text fields. */
    static final char HEX_INDICATOR = '_';
    /** The Data Matrix escape character set explicitly in every {@code ^BX} (firmware defaults differ). */
    static final char DATA_MATRIX_ESCAPE = '_';

    private ZplEscapes() {
    }

    /** Text for {@code ^FH_^FD}: {@code ^}, {@code ~} and the indicator itself become hex. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '^' || c == '~' || c == HEX_INDICATOR || c < 32) {
                b.append(HEX_INDICATOR).append(String.format("%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@code ^BC} mode N data with explicit start and switch codes: {@code >:} start B, {@code >;}
     * start C, {@code >8} FNC1 (GS1-128), {@code >5} to C, {@code >6} to B; in B a literal {@code >} is {@code >0}, {@code ^}
     * is {@code ><} and {@code ~} is {@code >=}, so the ISBT 128 DIs {@code =>} and {@code &>} come
     * out as {@code =>0} and {@code &>0}.
     */
    static String code128(Code128Plan plan) {
        StringBuilder b = new StringBuilder();
        boolean first = true;
        for (Code128Plan.Run run : plan.runs()) {
            boolean c = run.set() == Code128Plan.CodeSet.C;
            b.append(first ? (c ? ">;" : ">:") : (c ? ">5" : ">6"));
            if (first && plan.fnc1()) {
                b.append(">8");
            }
            first = false;
            if (c) {
                b.append(run.text());
                continue;
            }
            for (int i = 0; i < run.text().length(); i++) {
                char ch = run.text().charAt(i);
                if (ch == '>') {
                    b.append(">0");
                } else if (ch == '^') {
                    b.append("><");
                } else if (ch == '~') {
                    b.append(">=");
                } else {
                    b.append(ch);
                }
            }
        }
        return b.toString();
    }

    /** {@code ^BX} data: the escape character doubled. {@code ^} and {@code ~} are refused by the model. */
    static String dataMatrix(String data) {
        return data.replace(String.valueOf(DATA_MATRIX_ESCAPE), "" + DATA_MATRIX_ESCAPE + DATA_MATRIX_ESCAPE);
    }
}
