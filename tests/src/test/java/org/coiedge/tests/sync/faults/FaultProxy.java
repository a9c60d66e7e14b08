package org.coiedge.tests.sync.faults;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An HTTP/1.1 proxy on loopback between a sync client and the reference central server that
 * injects faults per request: canned error answers, stalls, connection resets before forwarding
 * or after the server answered, duplicate delivery, and the server being down altogether. Faults
 * are queued for the requests a predicate selects ({@code "POST /v1/devices/…/events"} lines);
 * other requests pass. Bodies are framed by {@code Content-Length}, as the client and the reference
 * server always send them. Thread-safe; one thread per connection.
 */
public final class FaultProxy implements AutoCloseable {
    private final InetSocketAddress upstream;
    private final int port;
    private final Deque<Fault> faults = new ArrayDeque<>();
    private volatile Predicate<String> selects = line -> false;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile Thread acceptor;
    private volatile boolean closed;

    public FaultProxy(int upstreamPort) throws IOException {
        this.upstream = new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort);
        ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = s.getLocalPort();
        listen(s);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Queues faults for the next requests whose request line matches; later requests pass. */
    public synchronized void inject(Predicate<String> requestLine, Fault... next) {
        selects = requestLine;
        faults.clear();
        faults.addAll(List.of(next));
    }

    /** The request lines seen, in order, with the fault applied to each. */
    public List<String> log() {
        return log;
    }

    /** Stops listening and drops every connection: the client gets "connection refused". */
    public void down() throws IOException {
        ServerSocket s = listener;
        listener = null;
        if (s != null) {
            s.close();
        }
        Thread t = acceptor;
        if (t != null) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Socket c : open) {
            c.close();
        }
    }

    /** Listens again on the same port. */
    public void up() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        listen(s);
    }

    private void listen(ServerSocket s) {
        listener = s;
        Thread t = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket c = s.accept();
                    if (listener != s) {
                        // accepted while being closed (a blocked accept can still take one): refuse it
                        reset(c);
                        return;
                    }
                    open.add(c);
                    Thread h = new Thread(() -> serve(c), "fault-proxy-connection");
                    h.setDaemon(true);
                    h.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "fault-proxy-accept");
        acceptor = t;
        t.setDaemon(true);
        t.start();
    }

    private synchronized Fault next(String requestLine) {
        Fault f = selects.test(requestLine) && !faults.isEmpty() ? faults.poll() : Fault.pass();
        log.add(requestLine + " -> " + f.kind() + (f.status() > 0 ? " " + f.status() : ""));
        return f;
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            while (true) {
                byte[] request = readMessage(in, true);
                if (request == null) {
                    return;
                }
                String line = firstLine(request);
                Fault f = next(line);
                switch (f.kind()) {
                    case RESPOND:
                        out.write(canned(f));
                        out.flush();
                        break;
                    case STALL:
                        while (!closed && !client.isClosed()) {
                            synchronized (this) {
                                wait(50);
                            }
                        }
                        return;
                    case RESET_BEFORE_FORWARDING:
                        reset(client);
                        return;
                    case RESET_AFTER_SERVER_ANSWERED:
                        forward(request);
                        reset(client);
                        return;
                    case DELIVER_TWICE:
                        forward(request);
                        out.write(forward(request));
                        out.flush();
                        break;
                    default:
                        out.write(forward(request));
                        out.flush();
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client or the proxy went away; the connection is closed
        } finally {
            open.remove(client);
        }
    }

    private byte[] forward(byte[] request) throws IOException {
        try (Socket s = new Socket(upstream.getAddress(), upstream.getPort())) {
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            byte[] answer = readMessage(new BufferedInputStream(s.getInputStream()), false);
            if (answer == null) {
                throw new IOException("the server closed the connection without answering");
            }
            return answer;
        }
    }

    private static void reset(Socket s) throws IOException {
        s.setSoLinger(true, 0);
        s.close();
    }

    private static byte[] canned(Fault f) {
        String body = "{\"type\":\"about:blank\",\"status\":" + f.status() + ",\"code\":\"INJECTED\","
                + "\"detail\":\"fault injected by the test proxy\"}";
        String head = "HTTP/1.1 " + f.status() + " Injected\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)) + "\r\n"
                + "Content-Type: application/problem+json\r\n"
                + (f.header() != null ? f.header() + "\r\n" : "")
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n";
        return (head + body).getBytes(StandardCharsets.UTF_8);
    }

    /** One HTTP message (head and Content-Length body), or null at end of stream before it starts. */
    private static byte[] readMessage(InputStream in, boolean request) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        while (last4 != 0x0d0a0d0a) {
            int b = in.read();
            if (b < 0) {
                if (head.size() == 0) {
                    return null;
                }
                throw new IOException("connection closed inside a message head");
            }
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String h = head.toString(StandardCharsets.ISO_8859_1);
        long length = 0;
        for (String l : h.split("\r\n")) {
            if (l.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(l.substring(15).trim());
            }
        }
        if (!request && (h.startsWith("HTTP/1.1 304") || h.startsWith("HTTP/1.1 204"))) {
            length = 0;
        }
        byte[] body = in.readNBytes((int) length);
        if (body.length < length) {
            throw new IOException("connection closed inside a message body");
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream(head.size() + body.length);
        all.write(head.toByteArray());
        all.write(body);
        return all.toByteArray();
    }

    private static String firstLine(byte[] message) {
        String s = new String(message, 0, Math.min(message.length, 300), StandardCharsets.ISO_8859_1);
        int i = s.indexOf("\r\n");
        return i < 0 ? s : s.substring(0, i);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        down();
    }
}
