package org.coiedge.printer.status;

import java.util.ArrayList;
import java.util.List;

/** The printer's answer to {@code ~HQES}: error and warning bits. */
public record ErrorStatus(long errorBits, long warningBits) {
    /** Error bits, with a message a technician can act on. */
    public enum Error {
        MEDIA_OUT(0x1, "paper is out - load labels and press Feed"),
        RIBBON_OUT(0x2, "ribbon is out - load a ribbon"),
        HEAD_OPEN(0x4, "print head is open - close it"),
        CUTTER_FAULT(0x8, "cutter fault - clear the cutter"),
        HEAD_OVER_TEMPERATURE(0x10, "print head is too hot - let it cool"),
        MOTOR_OVER_TEMPERATURE(0x20, "motor is too hot - let it cool"),
        BAD_HEAD_ELEMENT(0x40, "print head has a bad element - replace the head before printing identity labels");

        private final long bit;
        private final String advice;

        Error(long bit, String advice) {
            this.bit = bit;
            this.advice = advice;
        }

        public long bit() {
            return bit;
        }

        /** What is wrong and what to do. */
        public String advice() {
            return advice;
        }
    }

    /** Parses {@code PRINTER STATUS / ERRORS: f xxxxxxxx xxxxxxxx / WARNINGS: …}; the second hex group carries the bits. */
    public static ErrorStatus parse(String reply) {
        return new ErrorStatus(bits(reply, "ERRORS:"), bits(reply, "WARNINGS:"));
    }

    private static long bits(String reply, String key) {
        int at = reply.indexOf(key);
        if (at < 0) {
            throw new IllegalArgumentException("~HQES answer has no " + key + " line");
        }
        int end = reply.indexOf('\n', at);
        String[] parts = reply.substring(at + key.length(), end < 0 ? reply.length() : end).trim().split("\\s+");
        if (parts.length < 3) {
            throw new IllegalArgumentException("~HQES " + key + " line needs a flag and two hex groups");
        }
        return Long.parseLong(parts[2], 16);
    }

    public List<Error> errors() {
        List<Error> out = new ArrayList<>();
        for (Error e : Error.values()) {
            if ((errorBits & e.bit) != 0) {
                out.add(e);
            }
        }
        return out;
    }

    public boolean hasErrors() {
        return errorBits != 0;
    }
}
