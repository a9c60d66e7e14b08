package org.coiedge.printer.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** One accepted TCP connection as a {@link HostLink}. */
final class SocketLink implements HostLink {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    SocketLink(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    @Override
    public String name() {
        return "tcp-" + socket.getPort();
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        socket.setSoTimeout(Math.max(1, timeoutMillis));
        try {
            return in.read(buffer);
        } catch (SocketTimeoutException nothingYet) {
            return 0;
        }
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already broken.
        }
    }
}
