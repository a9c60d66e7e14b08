package org.coiedge.printer.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.coiedge.printer.transport.internal.Posix;

/**
 * The emulated printer on the master side of a pseudo-terminal, so that serial ({@code serial:})
 * and device-file ({@code usb:}) transports can open the slave like a real port. The link holds
 * the slave open itself, in raw mode: the port then behaves like a real one that exists whether or
 * not a program has it open (bytes pass unchanged, a late answer waits in it), and a device-file
 * transport, which sets no terminal modes, sees plain bytes. {@link #close()} hangs up: the slave
 * device disappears, like a USB cable pulled. The pseudo-terminal itself comes from the caller
 * (e.g. the scanner module's {@code PseudoTerminal}) through three method references.
 */
public final class PtyLink implements HostLink {
    /** Reads from the master: count, 0 on timeout, -1 while nobody has the slave open. */
    @FunctionalInterface
    public interface MasterReader {
        int read(byte[] buffer, int timeoutMillis) throws IOException;
    }

    /** Writes all bytes to the master. */
    @FunctionalInterface
    public interface MasterWriter {
        void write(byte[] bytes) throws IOException;
    }

    private final Path slave;
    private final MasterReader reader;
    private final MasterWriter writer;
    private final Runnable closeMaster;
    private int holder;

    private PtyLink(Path slave, int holder, MasterReader reader, MasterWriter writer, Runnable closeMaster) {
        this.slave = slave;
        this.holder = holder;
        this.reader = reader;
        this.writer = writer;
        this.closeMaster = closeMaster;
    }

    /** Holds {@code slave} open in raw mode and links the master's read, write and close. */
    public static PtyLink open(Path slave, MasterReader reader, MasterWriter writer, Runnable closeMaster) throws IOException {
        int fd = Posix.open(slave.toString(), Posix.O_RDWR | Posix.O_NOCTTY | Posix.O_CLOEXEC);
        if (fd < 0) {
            throw new IOException("cannot open " + slave + ": errno " + Posix.errno());
        }
        if (!Posix.makeRaw(fd)) {
            Posix.close(fd);
            throw new IOException(slave + " is not a terminal");
        }
        return new PtyLink(slave, fd, reader, writer, closeMaster);
    }

    /** The port a transport opens, e.g. {@code /dev/pts/4}. */
    public Path slave() {
        return slave;
    }

    @Override
    public String name() {
        return slave.toString();
    }

    /** Synchronized with {@link #close()}, so the master is never closed under a read (timeouts are short). */
    @Override
    public synchronized int read(byte[] buffer, int timeoutMillis) throws IOException {
        if (holder < 0) {
            return -1;
        }
        int n = reader.read(buffer, timeoutMillis);
        if (n < 0) {
            // Only after close: the held slave keeps the terminal from hanging up otherwise.
            try {
                TimeUnit.MILLISECONDS.sleep(Math.min(timeoutMillis, 10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            return 0;
        }
        return n;
    }

    @Override
    public synchronized void write(byte[] bytes) throws IOException {
        if (holder < 0) {
            throw new IOException(slave + " was hung up");
        }
        writer.write(bytes);
    }

    @Override
    public synchronized void close() {
        if (holder >= 0) {
            Posix.close(holder);
            holder = -1;
            closeMaster.run();
        }
    }
}
