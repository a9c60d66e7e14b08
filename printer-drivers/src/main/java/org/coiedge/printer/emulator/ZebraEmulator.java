package org.coiedge.printer.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback Zebra printer for development, demos and tests: accepts ZPL formats on a free port,
 * answers {@code ~HS}, {@code ~HQES}, {@code ~HI} and the odometer {@code getvar}, counts labels
 * and injects faults on demand. Like real firmware it sends no {@code ~HS} answer while paper out,
 * ribbon out or head open. One named thread accepts; one per connection serves. Fault setters
 * and counters are thread-safe.
 */
public final class ZebraEmulator implements AutoCloseable {
    /** A fault that stops printing until cleared. */
    public enum Fault {
        PAPER_OUT, HEAD_OPEN, RIBBON_OUT, PAUSED
    }

    private final ServerSocket server;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final List<String> formats = new ArrayList<>();
    private final java.util.EnumSet<Fault> faults = java.util.EnumSet.noneOf(Fault.class);
    private Fault faultOnNextFormat;
    private boolean silent;
    private int dropAfterFormatBytes = -1;
    private long replyDelayMillis;
    private int printingPolls;
    private int pollsLeft;
    private int queuedFormats;
    private long queuedLabels;
    private long odometer = 1000;
    private long labelsPrinted;

    private ZebraEmulator(ServerSocket server) {
        this.server = server;
        Thread t = new Thread(this::acceptLoop, "zebra-emulator-accept-" + server.getLocalPort());
        t.setDaemon(true);
        t.start();
    }

    /** Starts an emulator on {@code port} of the loopback interface (0: a free port). */
    public static ZebraEmulator start(int port) throws IOException {
        return new ZebraEmulator(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
    }

    public int port() {
        return server.getLocalPort();
    }

    public synchronized void setFault(Fault fault, boolean on) {
        if (on) {
            faults.add(fault);
        } else {
            faults.remove(fault);
        }
    }

    /** The fault strikes when the next format arrives; that label is not printed. */
    public synchronized void faultOnNextFormat(Fault fault) {
        faultOnNextFormat = fault;
    }

    /** Answer nothing at all (a hung printer or a lost network). */
    public synchronized void setSilent(boolean on) {
        silent = on;
    }

    /** Close the connection once {@code n} bytes of a label format have arrived. */
    public synchronized void dropConnectionAfterFormatBytes(int n) {
        dropAfterFormatBytes = n;
    }

    /** Wait this long before every answer. */
    public synchronized void setReplyDelayMillis(long millis) {
        replyDelayMillis = millis;
    }

    /** Each format stays queued for this many {@code ~HS} polls before it is printed (a slow printer). */
    public synchronized void setPrintingPolls(int polls) {
        printingPolls = polls;
    }

    public synchronized long labelsPrinted() {
        return labelsPrinted;
    }

    /** Every format received, printed or not, as the printer got it. */
    public synchronized List<String> formatsReceived() {
        return List.copyOf(formats);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                clients.add(s);
                Thread t = new Thread(() -> serve(s), "zebra-emulator-conn-" + s.getPort());
                t.setDaemon(true);
                t.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        StringBuilder buf = new StringBuilder();
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            byte[] chunk = new byte[4096];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                buf.append(new String(chunk, 0, n, StandardCharsets.ISO_8859_1));
                if (!ZplStream.process(buf, this, out)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException gone) {
            // The client went away or the emulator is closing.
        } finally {
            clients.remove(s);
        }
    }

    /** Whether the connection must be dropped now that {@code bytes} of an unfinished format are in. */
    synchronized boolean dropsAt(int bytes) {
        return dropAfterFormatBytes >= 0 && bytes >= dropAfterFormatBytes;
    }

    synchronized long replyDelay() {
        return replyDelayMillis;
    }

    synchronized boolean answers(boolean hostStatus) {
        if (silent) {
            return false;
        }
        return !hostStatus || !(faults.contains(Fault.PAPER_OUT) || faults.contains(Fault.HEAD_OPEN)
                || faults.contains(Fault.RIBBON_OUT));
    }

    synchronized void format(String zpl, int quantity) {
        formats.add(zpl);
        if (faultOnNextFormat != null) {
            faults.add(faultOnNextFormat);
            faultOnNextFormat = null;
        }
        queuedFormats++;
        queuedLabels += quantity;
        pollsLeft = printingPolls;
        printIfPossible();
    }

    private void printIfPossible() {
        if (faults.isEmpty() && queuedFormats > 0 && pollsLeft <= 0) {
            odometer += queuedLabels;
            labelsPrinted += queuedLabels;
            queuedFormats = 0;
            queuedLabels = 0;
        }
    }

    synchronized String hostStatus() {
        pollsLeft--;
        printIfPossible();
        boolean printing = queuedFormats > 0;
        return String.format("\u0002030,%d,%d,1218,%03d,0,0,%d,000,0,0,0\u0003\r\n"
                        + "\u0002000,0,%d,%d,1,2,6,0,%08d,0,000\u0003\r\n\u00021234,0\u0003\r\n",
                bit(Fault.PAPER_OUT), bit(Fault.PAUSED), queuedFormats, printing ? 1 : 0,
                bit(Fault.HEAD_OPEN), bit(Fault.RIBBON_OUT), queuedLabels);
    }

    synchronized String errorStatus() {
        int bits = bit(Fault.PAPER_OUT) | bit(Fault.RIBBON_OUT) << 1 | bit(Fault.HEAD_OPEN) << 2;
        return String.format("\u0002\r\n PRINTER STATUS\r\n   ERRORS:         %d 00000000 %08X\r\n"
                + "   WARNINGS:       0 00000000 00000000\r\n\u0003\r\n", bits == 0 ? 0 : 1, bits);
    }

    synchronized String odometerReply() {
        return "\"" + odometer + "\"";
    }

    private int bit(Fault f) {
        return faults.contains(f) ? 1 : 0;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Nothing useful to do when closing fails.
        }
        for (Socket s : clients) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Already broken.
            }
        }
    }
}
