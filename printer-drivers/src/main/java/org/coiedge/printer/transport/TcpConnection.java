package org.coiedge.printer.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Raw TCP to a printer's port (Zebra: 9100). Connect timeout on open; replies are read to their
 * terminators against a deadline. Not thread-safe.
 */
public final class TcpConnection implements PrinterConnection {
    /** Zebra's raw print port. */
    public static final int DEFAULT_PORT = 9100;

    private final String address;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private TcpConnection(String address, Socket socket) throws IOException {
        this.address = address;
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Opens a connection, failing with {@link PrinterIoException.Kind#CONNECT_FAILED} after {@code timeout}. */
    public static TcpConnection open(String host, int port, Duration timeout) throws PrinterIoException {
        String address = "tcp://" + host + ":" + port;
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), Math.toIntExact(timeout.toMillis()));
            s.setTcpNoDelay(true);
            return new TcpConnection(address, s);
        } catch (IOException e) {
            closeQuietly(s);
            throw new PrinterIoException(PrinterIoException.Kind.CONNECT_FAILED,
                    "Printer at " + address + " cannot be reached - check that it is on and on the network", e);
        }
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String noAnswerAdvice() {
        return "check that it is on, closed and loaded and on the network";
    }

    @Override
    public void discardInput() throws PrinterIoException {
        try {
            in.skip(in.available());
        } catch (IOException e) {
            throw new PrinterIoException(PrinterIoException.Kind.CLOSED, "Connection to printer at " + address + " dropped", e);
        }
    }

    @Override
    public void write(byte[] bytes) throws PrinterIoException {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new PrinterIoException(PrinterIoException.Kind.CLOSED, "Connection to printer at " + address + " dropped", e);
        }
    }

    @Override
    public byte[] readReply(ReplyTerminator terminator, Duration timeout) throws PrinterIoException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buf = new byte[256];
        int len = 0;
        try {
            while (!terminator.complete(buf, len)) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    throw new SocketTimeoutException();
                }
                socket.setSoTimeout((int) Math.max(1, left));
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int n = in.read(buf, len, buf.length - len);
                if (n < 0) {
                    throw new PrinterIoException(PrinterIoException.Kind.CLOSED,
                            "Printer at " + address + " closed the connection", null);
                }
                len += n;
            }
            return Arrays.copyOf(buf, len);
        } catch (SocketTimeoutException e) {
            throw new PrinterIoException(PrinterIoException.Kind.TIMEOUT,
                    "Printer at " + address + " did not answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new PrinterIoException(PrinterIoException.Kind.CLOSED, "Connection to printer at " + address + " dropped", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Closing a broken socket has nothing left to report.
        }
    }
}
