package org.coiedge.printer.emulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits what a client sent into status commands and formats, and answers for the emulator. */
final class ZplStream {
    static final String IDENTITY = "\u0002EMU-ZEBRA-300,V0.1-coi-edge,12,8192KB,E\u0003\r\n";
    private static final Pattern QUANTITY = Pattern.compile("\\^PQ(\\d+)");

    private ZplStream() {
    }

    /** Consumes every complete command in {@code buf}; false when the connection must be dropped. */
    static boolean process(StringBuilder buf, ZebraEmulator emu, HostLink out) throws IOException, InterruptedException {
        while (true) {
            int skip = 0;
            while (skip < buf.length() && Character.isWhitespace(buf.charAt(skip))) {
                skip++;
            }
            buf.delete(0, skip);
            if (buf.length() == 0) {
                return true;
            }
            String s = buf.toString();
            if (incomplete(s)) {
                return true;
            }
            if (s.startsWith("~HQES")) {
                buf.delete(0, 5);
                reply(emu, out, emu.answers(false) ? emu.errorStatus() : null);
            } else if (s.startsWith("~HS")) {
                buf.delete(0, 3);
                reply(emu, out, emu.answers(true) ? emu.hostStatus() : null);
            } else if (s.startsWith("~HI")) {
                buf.delete(0, 3);
                reply(emu, out, emu.answers(false) ? IDENTITY : null);
            } else if (s.startsWith("! U1 getvar")) {
                int end = s.indexOf('\n');
                if (end < 0) {
                    return true;
                }
                buf.delete(0, end + 1);
                reply(emu, out, emu.answers(false) && s.contains("odometer.total_label_count") ? emu.odometerReply() : null);
            } else if (s.startsWith("^XA")) {
                int end = s.indexOf("^XZ");
                if (emu.dropsAt(end < 0 ? s.length() : end + 3)) {
                    return false;
                }
                if (end < 0) {
                    return true;
                }
                String zpl = new String(s.substring(0, end + 3).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                buf.delete(0, end + 3);
                Matcher q = QUANTITY.matcher(zpl);
                emu.format(zpl, q.find() ? Integer.parseInt(q.group(1)) : 1);
            } else {
                buf.deleteCharAt(0);
            }
        }
    }

    /** Whether {@code s} is the beginning of a command whose rest has not arrived yet. */
    private static boolean incomplete(String s) {
        for (String c : new String[] {"~HQES", "~HS", "~HI", "! U1 getvar", "^XA"}) {
            if (s.length() < c.length() && c.startsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private static void reply(ZebraEmulator emu, HostLink out, String text) throws IOException, InterruptedException {
        if (text == null) {
            return;
        }
        long delay = emu.replyDelay();
        if (delay > 0) {
            TimeUnit.MILLISECONDS.sleep(delay);
        }
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
