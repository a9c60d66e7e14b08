package org.coiedge.core.codec;

import java.util.Objects;

/**
 * The one failure the scan codecs report. Checked on purpose: every caller must decide what a
 * nurse or technician sees when a scan cannot be trusted. The parsers never throw anything else,
 * whatever bytes they are given (a fuzz test holds them to that).
 *
 * <p>The message names the structure, the rule broken and the 1-based position in the input as
 * delivered (including any symbology identifier), for example
 * {@code DS001: 'O' is not allowed as the first FIN character (position 2)}.
 */
public final class ScanDecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final DecodeErrorCode code;
    private final String structure;
    private final int position;
    private final String rule;

    /**
     * @param code      typed cause, for code
     * @param structure what was being decoded: {@code DS001}, {@code GS1 (01)}, {@code AIM}, {@code scan}
     * @param position  1-based position in the delivered input, 0 when the whole input is at fault
     * @param rule      the rule broken, in plain words
     */
    public ScanDecodeException(DecodeErrorCode code, String structure, int position, String rule) {
        super(format(structure, position, rule));
        this.code = Objects.requireNonNull(code, "code");
        this.structure = Objects.requireNonNull(structure, "structure");
        this.position = position;
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    private static String format(String structure, int position, String rule) {
        return position > 0 ? structure + ": " + rule + " (position " + position + ")" : structure + ": " + rule;
    }

    public DecodeErrorCode code() {
        return code;
    }

    public String structure() {
        return structure;
    }

    /** 1-based position in the delivered input; 0 when the error concerns the whole input. */
    public int position() {
        return position;
    }

    public String rule() {
        return rule;
    }
}
