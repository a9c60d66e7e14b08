package org.coiedge.printer.emulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Zebra printer for development, demos and tests: accepts ZPL formats, answers {@code ~HS},
 * {@code ~HQES}, {@code ~HI} and the odometer {@code getvar}, counts labels and injects faults on
 * demand. The same printer can be reached over several byte streams at once: a loopback TCP port
 * ({@link #start}) and any {@link HostLink}, such as a pseudo-terminal for the serial and USB
 * transports ({@link #serve}). Like real firmware it sends no {@code ~HS} answer while paper out,
 * ribbon out or head open. One named thread accepts; one per link serves. Fault setters and
 * counters are thread-safe.
 */
public final class ZebraEmulator implements AutoCloseable {
    /** A fault that stops printing until cleared. */
    public enum Fault {
        PAPER_OUT, HEAD_OPEN, RIBBON_OUT, PAUSED, BUFFER_FULL
    }

    private static final int READ_SLICE_MILLIS = 100;

    private final ServerSocket server;
    private final List<HostLink> links = new CopyOnWriteArrayList<>();
    private final List<String> formats = new ArrayList<>();
    private final EnumSet<Fault> faults = EnumSet.noneOf(Fault.class);
    private volatile boolean closed;
    private Fault faultOnNextFormat;
    private boolean silent;
    private boolean silenceOnNextFormat;
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
        if (server != null) {
            Thread t = new Thread(this::acceptLoop, "zebra-emulator-accept-" + server.getLocalPort());
            t.setDaemon(true);
            t.start();
        }
    }

    /** Starts an emulator listening on {@code port} of the loopback interface (0: a free port). */
    public static ZebraEmulator start(int port) throws IOException {
        return new ZebraEmulator(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
    }

    /** An emulator without a TCP port, reached only through the links given to {@link #serve}. */
    public static ZebraEmulator withoutTcp() {
        return new ZebraEmulator(null);
    }

    /** The TCP port, or -1 without one. */
    public int port() {
        return server == null ? -1 : server.getLocalPort();
    }

    /** Serves the printer protocol over {@code link} on a new named thread until the link ends or is dropped. */
    public void serve(HostLink link) {
        links.add(link);
        Thread t = new Thread(() -> serveLink(link), "zebra-emulator-" + link.name());
        t.setDaemon(true);
        t.start();
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

    /** Answer nothing at all (a hung printer, a lost network, a serial printer in some errors). */
    public synchronized void setSilent(boolean on) {
        silent = on;
    }

    /** Stop answering anything once the next format arrives (a printer that hangs while printing). */
    public synchronized void silenceOnNextFormat() {
        silenceOnNextFormat = true;
    }

    /** Drop the link once {@code n} bytes of a label format have arrived (TCP: close; pty: hang up). */
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
                serve(new SocketLink(s));
            } catch (IOException closedOrBroken) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void serveLink(HostLink link) {
        StringBuilder buf = new StringBuilder();
        byte[] chunk = new byte[4096];
        try (link) {
            while (!closed) {
                int n = link.read(chunk, READ_SLICE_MILLIS);
                if (n < 0) {
                    return;
                }
                if (n > 0) {
                    buf.append(new String(chunk, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1));
                    if (!ZplStream.process(buf, this, link)) {
                        return;
                    }
                }
            }
        } catch (IOException | InterruptedException gone) {
            // The host went away or the emulator is closing.
        } finally {
            links.remove(link);
        }
    }

    /** Whether the link must be dropped now that {@code bytes} of an unfinished format are in. */
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
        if (silenceOnNextFormat) {
            silent = true;
            silenceOnNextFormat = false;
            return;
        }
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
        return String.format("\u0002030,%d,%d,1218,%03d,%d,0,%d,000,0,0,0\u0003\r\n"
                        + "\u0002000,0,%d,%d,1,2,6,0,%08d,0,000\u0003\r\n\u00021234,0\u0003\r\n",
                bit(Fault.PAPER_OUT), bit(Fault.PAUSED), queuedFormats, bit(Fault.BUFFER_FULL), printing ? 1 : 0,
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

    /** Stops listening and drops every link (a pseudo-terminal's slave disappears). */
    @Override
    public void close() {
        closed = true;
        if (server != null) {
            try {
                server.close();
            } catch (IOException ignored) {
                // Nothing useful to do when closing fails.
            }
        }
        for (HostLink l : links) {
            l.close();
        }
    }
}
